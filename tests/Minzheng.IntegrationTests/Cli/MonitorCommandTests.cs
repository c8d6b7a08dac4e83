using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Cli;

public class MonitorCommandTests
{
    [Fact]
    public async Task Mz_monitor_stores_a_good_feed_once_refuses_a_bad_one_by_row_and_runs_the_month()
    {
        var folder = Directory.CreateTempSubdirectory("mz-monitor-").FullName;
        var cs = $"Data Source={Path.Combine(folder, "monitor.db")}";
        var good = Path.Combine(folder, "deaths.csv");
        await File.WriteAllTextAsync(good, $"id_number,death_date\n{IdNumbers.Next()},2022-03-01\n");
        var bad = Path.Combine(folder, "bad.csv");
        await File.WriteAllTextAsync(bad, "id_number,death_date\n123,2022-03-01\n");

        var early = await MzProcess.RunAsync(folder, "monitor", "run", "2022-12", "--connection", cs);
        Assert.Equal(2, early.Exit);
        Assert.Contains("尚无任何部门数据", early.Output, StringComparison.Ordinal);

        var refused = await MzProcess.RunAsync(folder, "monitor", "upload", "deaths", bad, "--connection", cs);
        Assert.Equal(2, refused.Exit);
        Assert.Contains("第2行 id_number", refused.Output, StringComparison.Ordinal);

        var stored = await MzProcess.RunAsync(folder, "monitor", "upload", "deaths", good, "--connection", cs);
        Assert.True(stored.Exit == 0, stored.Output);
        Assert.Contains("deaths: stored as version 1, 1 rows", stored.Output, StringComparison.Ordinal);
        var again = await MzProcess.RunAsync(folder, "monitor", "upload", "deaths", good, "--connection", cs);
        Assert.Contains("unchanged (the same file is version 1)", again.Output, StringComparison.Ordinal);

        var run = await MzProcess.RunAsync(folder, "monitor", "run", "2022-12", "--connection", cs);
        Assert.True(run.Exit == 0, run.Output);
        Assert.Contains("2022-12 (as of 2022-12-31, attempt 2): 0 persons in 0 households monitored, 0 findings, 0 new alerts", run.Output, StringComparison.Ordinal);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
