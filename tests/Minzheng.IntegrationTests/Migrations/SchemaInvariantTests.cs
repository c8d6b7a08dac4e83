using System.Data.Common;
using Minzheng.Platform.Data;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Migrations;

/// <summary>
/// What the baseline migration carries beyond the model (ADR 0012), checked on a freshly migrated database: the
/// append-only triggers, the outbox's transaction-id default and the payments' fillfactor on PostgreSQL; the ledger's
/// WITHOUT ROWID subtree table on SQLite.
/// </summary>
public sealed class SchemaInvariantTests
{
    [Fact]
    public async Task A_fresh_PostgreSQL_database_has_the_triggers_defaults_and_storage_the_model_cannot_express()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var conn = new Npgsql.NpgsqlConnection(db.Options.ConnectionString);
        await conn.OpenAsync();
        var triggers = await ListAsync(conn, "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname");
        Assert.Equal(["ledger_entries_append_only", "ledger_nodes_append_only", "platform_audit_no_truncate", "platform_audit_no_update_delete"], triggers);
        Assert.Contains("fillfactor=30", (await ListAsync(conn, "SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = 'assist_payments'")).Single(), StringComparison.Ordinal);
        Assert.Contains("pg_current_xact_id", (await ListAsync(conn, "SELECT column_default FROM information_schema.columns WHERE table_name = 'platform_outbox' AND column_name = 'TransactionId'")).Single(), StringComparison.Ordinal);
        Assert.Single(await ListAsync(conn, "SELECT indexname FROM pg_indexes WHERE indexname = 'IX_platform_outbox_position'"));

        // The triggers work: the audit trail refuses an update.
        await ExecAsync(conn, """INSERT INTO platform_audit ("AtUtc", "UserName", "Action") VALUES (now(), 'test', 'test')""");
        var refused = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => ExecAsync(conn, """UPDATE platform_audit SET "Action" = 'x'"""));
        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fresh_SQLite_database_keeps_the_ledgers_subtree_hashes_without_rowid_and_no_position_index()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var conn = new Microsoft.Data.Sqlite.SqliteConnection(db.Options.ConnectionString);
        await conn.OpenAsync();
        Assert.Contains("WITHOUT ROWID", (await ListAsync(conn, "SELECT sql FROM sqlite_master WHERE name = 'ledger_nodes'")).Single(), StringComparison.Ordinal);
        Assert.Empty(await ListAsync(conn, "SELECT name FROM sqlite_master WHERE name = 'IX_platform_outbox_position'"));
        Assert.Single(await ListAsync(conn, "SELECT name FROM sqlite_master WHERE name = 'IX_platform_outbox_internal'"));
    }

    private static async Task<List<string>> ListAsync(DbConnection conn, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.IsDBNull(0) ? string.Empty : reader.GetString(0));
        }

        return rows;
    }

    private static async Task ExecAsync(DbConnection conn, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }
}
