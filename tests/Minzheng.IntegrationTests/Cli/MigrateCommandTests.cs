using Minzheng.TestSupport;
using Npgsql;

namespace Minzheng.IntegrationTests.Cli;

public class MigrateCommandTests
{
    [Fact]
    public async Task Migrates_an_empty_PostgreSQL_database_and_a_second_run_finds_it_up_to_date()
    {
        var name = "mz_cli_" + Guid.NewGuid().ToString("N")[..10];
        await using (var admin = new NpgsqlConnection(TestDatabase.PostgresServer))
        {
            await admin.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE {name}", admin).ExecuteNonQueryAsync();
        }

        var cs = new NpgsqlConnectionStringBuilder(TestDatabase.PostgresServer) { Database = name }.ConnectionString;
        try
        {
            var first = await MzProcess.RunAsync(Path.GetTempPath(), "migrate", "--provider", "postgres", "--connection", cs);
            Assert.True(first.Exit == 0, first.Output);
            // Every migration of the PostgreSQL stream, counted from the migrations assembly itself.
            var all = typeof(Minzheng.Migrations.Postgres.PostgresModel).Assembly.GetTypes().Count(t => t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration)));
            Assert.Contains($"applied {all} migration(s)", first.Output, StringComparison.Ordinal);
            var second = await MzProcess.RunAsync(Path.GetTempPath(), "migrate", "--provider", "postgres", "--connection", cs);
            Assert.Equal(0, second.Exit);
            Assert.Contains("up to date", second.Output, StringComparison.Ordinal);

            await using var conn = new NpgsqlConnection(cs);
            await conn.OpenAsync();
            var tables = (long)(await new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_name IN ('registry_households','registry_persons','platform_audit','platform_users')", conn).ExecuteScalarAsync())!;
            Assert.Equal(4, tables);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(TestDatabase.PostgresServer);
            await admin.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin).ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task An_unknown_provider_is_refused_with_a_message()
    {
        var (exit, output) = await MzProcess.RunAsync(Path.GetTempPath(), "migrate", "--provider", "oracle", "--connection", "x");
        Assert.NotEqual(0, exit);
        Assert.Contains("sqlite 或 postgres", output, StringComparison.Ordinal);
    }
}
