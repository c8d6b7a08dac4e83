using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Cli;

public class WorkPlanCommandTests
{
    [Fact]
    public async Task Mz_loads_a_plan_file_once_names_every_problem_of_a_bad_one_and_shows_the_status()
    {
        var folder = Directory.CreateTempSubdirectory("mz-plan-").FullName;
        var cs = $"Data Source={Path.Combine(folder, "plan.db")}";
        var plan = Path.Combine(RepoPaths.Root(), "plans", "2022.json");

        var bad = Path.Combine(folder, "bad.json");
        var text = await File.ReadAllTextAsync(plan);
        await File.WriteAllTextAsync(bad, text.Replace("\"number\": 34,", "\"number\": 33,", StringComparison.Ordinal)
            .Replace("\"indicator\": \"assistance.dibao_rural_standard\"", "\"indicator\": \"nobody.publishes_this\"", StringComparison.Ordinal));
        var refused = await MzProcess.RunAsync(folder, "workplan", "load", bad, "--connection", cs);
        Assert.Equal(2, refused.Exit);
        Assert.Contains("要点序号 33 重复", refused.Output, StringComparison.Ordinal);
        Assert.Contains("nobody.publishes_this", refused.Output, StringComparison.Ordinal);

        var loaded = await MzProcess.RunAsync(folder, "workplan", "load", plan, "--connection", cs);
        Assert.True(loaded.Exit == 0, loaded.Output);
        Assert.Contains("loaded; 6 parts, 34 points, 29 targets", loaded.Output, StringComparison.Ordinal);
        var again = await MzProcess.RunAsync(folder, "workplan", "load", plan, "--connection", cs);
        Assert.Contains("unchanged", again.Output, StringComparison.Ordinal);

        var status = await MzProcess.RunAsync(folder, "workplan", "status", "2022", "--as-of", "2022-06-30", "--connection", cs);
        Assert.True(status.Exit == 0, status.Output);
        Assert.Contains("as of 2022-06-30", status.Output, StringComparison.Ordinal);
        // A database without settings or reports: nothing known yet, except the three targets counted from elderly-care
        // records (retrofits, home care beds twice, service visits), which count 0 there — behind an even pace at mid-year.
        Assert.Contains("Behind 4, NoData 25", status.Output, StringComparison.Ordinal);

        var missing = await MzProcess.RunAsync(folder, "workplan", "status", "2031", "--connection", cs);
        Assert.Equal(2, missing.Exit);
        Assert.Contains("没有 2031 年的工作要点", missing.Output, StringComparison.Ordinal);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
