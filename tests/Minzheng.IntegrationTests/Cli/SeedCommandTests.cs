using Microsoft.Data.Sqlite;

namespace Minzheng.IntegrationTests.Cli;

public class SeedCommandTests
{
    [Fact]
    public async Task The_demo_district_has_ten_thousand_households_over_five_towns_with_valid_IDs_and_a_rerun_changes_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("mz-seed-").FullName;
        var cs = $"Data Source={Path.Combine(folder, "demo.db")}";
        var first = await MzProcess.RunAsync(folder, "seed", "demo", "--scale", "district", "--connection", cs);
        Assert.True(first.Exit == 0, first.Output);
        Assert.Contains("seeded 10000 households", first.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "data", "keys", "field-protection.key")));

        var again = await MzProcess.RunAsync(folder, "seed", "demo", "--connection", cs);
        Assert.Equal(0, again.Exit);
        Assert.Contains("nothing changed", again.Output, StringComparison.Ordinal);

        await using var conn = new SqliteConnection(cs);
        await conn.OpenAsync();
        Assert.Equal(10_000L, await ScalarAsync(conn, "SELECT count(*) FROM registry_households"));
        var persons = await ScalarAsync(conn, "SELECT count(*) FROM registry_persons");
        Assert.InRange(persons, 24_000L, 26_000L);
        Assert.Equal(5L, await ScalarAsync(conn, "SELECT count(DISTINCT substr(RegionCode, 1, 9)) FROM registry_households"));
        Assert.Equal(0L, await ScalarAsync(conn, "SELECT count(*) FROM registry_regions WHERE Level = 5 AND (IsSynthetic = 0 OR Name NOT LIKE '%演示%')"));
        Assert.Equal(persons, await ScalarAsync(conn, "SELECT count(DISTINCT IdNumberIndex) FROM registry_persons"));
        SqliteConnection.ClearAllPools();
    }

    private static async Task<long> ScalarAsync(SqliteConnection conn, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
