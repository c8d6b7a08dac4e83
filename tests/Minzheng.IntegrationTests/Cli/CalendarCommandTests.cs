namespace Minzheng.IntegrationTests.Cli;

/// <summary>`mz calendar load FILE` and `mz calendar list`: next year's notice, loaded by an operator, kept in the database.</summary>
public class CalendarCommandTests
{
    [Fact]
    public async Task Mz_loads_a_years_holiday_notice_refuses_a_bad_one_and_lists_every_year_with_its_source()
    {
        var folder = Directory.CreateTempSubdirectory("mz-calendar-").FullName;
        var cs = $"Data Source={Path.Combine(folder, "calendar.db")}";
        // A made-up year far ahead (not a real notice), so the test never pretends to know one.
        var good = Path.Combine(folder, "cn-2090.json");
        await File.WriteAllTextAsync(good, """
            {"year":2090,"source":"测试用安排（非真实通知）","holidays":[{"name":"元旦","from":"2090-01-01","to":"2090-01-03"},{"name":"春节","from":"2090-01-26","to":"2090-02-01"}],"makeupWorkdays":["2090-02-04"]}
            """);
        var bad = Path.Combine(folder, "bad.json");
        await File.WriteAllTextAsync(bad, """{"year":2091,"source":"x","holidays":[{"name":"元旦","from":"2091-01-01","to":"2091-01-01"}],"makeupWorkdays":["2091-01-02"]}""");

        var refused = await MzProcess.RunAsync(folder, "calendar", "load", bad, "--connection", cs);
        Assert.Equal(2, refused.Exit);
        Assert.Contains("调休上班日 2091-01-02 无效", refused.Output, StringComparison.Ordinal);

        var loaded = await MzProcess.RunAsync(folder, "calendar", "load", good, "--connection", cs);
        Assert.True(loaded.Exit == 0, loaded.Output);
        Assert.Contains("2090: loaded, 2 holidays (10 days off), 1 weekend workdays", loaded.Output, StringComparison.Ordinal);

        var list = await MzProcess.RunAsync(folder, "calendar", "list", "--connection", cs);
        Assert.True(list.Exit == 0, list.Output);
        Assert.Contains("2026  国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）  (随系统发布)", list.Output, StringComparison.Ordinal);
        Assert.Contains("2090  测试用安排（非真实通知）  (mz (", list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("2091", list.Output, StringComparison.Ordinal);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
