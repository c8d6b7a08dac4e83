using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.IntegrationTests.Registry;
using Minzheng.Platform.Data;
using Minzheng.TestSupport;
using Npgsql;

namespace Minzheng.IntegrationTests.Platform;

[Collection("sqlite")]
public sealed class ProtectedDataOnSqliteTests(SqliteWebHost host)
{
    [Fact]
    public async Task No_ID_number_phone_or_bank_account_is_in_clear_in_the_database_file()
    {
        var client = await host.LoginAsync("zhengxiang");
        var headId = IdNumbers.Next();
        var response = await client.PostAsJsonAsync("/api/registry/households", RegistryClient.Household(RegistryClient.ZhengxiangVillage, ("孙八", headId, "Head")));
        response.EnsureSuccessStatusCode();

        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        }

        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(host.Database.Options.ConnectionString).DataSource;
        var bytes = await File.ReadAllBytesAsync(file);
        foreach (var secret in new[] { headId, "13800138000", "6217000011112222333" })
        {
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)));
        }
    }
}

[Collection("postgres")]
public sealed class AuditOnPostgresTests(PostgresWebHost host)
{
    [Fact]
    public async Task The_database_refuses_to_update_or_delete_audit_rows()
    {
        await host.LoginAsync("officer"); // writes a login row
        await using var conn = new NpgsqlConnection(host.Database.Options.ConnectionString);
        await conn.OpenAsync();
        foreach (var sql in new[] { "UPDATE platform_audit SET \"UserName\" = 'x'", "DELETE FROM platform_audit", "TRUNCATE platform_audit" })
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            var e = await Assert.ThrowsAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync());
            Assert.Contains("append-only", e.MessageText, StringComparison.Ordinal);
        }

        await using var count = new NpgsqlCommand("SELECT count(*) FROM platform_audit", conn);
        Assert.True((long)(await count.ExecuteScalarAsync())! > 0);
    }

    [Fact]
    public void The_collection_runs_on_PostgreSQL() => Assert.Equal(DatabaseProvider.Postgres, host.Provider);
}
