using Minzheng.IntegrationTests.Cli;
using Minzheng.Platform.Data;
using Minzheng.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Minzheng.IntegrationTests.Ledger;

/// <summary>`mz ledger audit` on a stored log: clean passes; an edited, removed or reordered entry fails naming its index.</summary>
public abstract class LedgerAuditTests(DatabaseProvider provider)
{
    [Fact]
    public async Task The_audit_names_the_first_entry_that_was_edited_removed_or_reordered()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await LedgerTestData.PublishAsync(db.Options, 20);
        string[] dbArgs = ["--provider", provider.ToString().ToLowerInvariant(), "--connection", db.Options.ConnectionString, "--log-key-file", Path.Combine(db.Folder, "log.key")];
        var append = await MzProcess.RunAsync(db.Folder, ["ledger", "append", "--checkpoint", .. dbArgs]);
        Assert.True(append.Exit == 0, append.Output);
        Assert.Contains("appended 20 entries; signed checkpoint at size 20", append.Output, StringComparison.Ordinal);
        var clean = await MzProcess.RunAsync(db.Folder, ["ledger", "audit", .. dbArgs]);
        Assert.True(clean.Exit == 0, clean.Output);

        await TamperAsync(db.Options, "UPDATE ledger_entries SET \"Payload\" = replace(\"Payload\", '602', '999') WHERE \"Index\" = 5");
        await ExpectMismatchAsync(db.Folder, dbArgs, 5);
        await TamperAsync(db.Options, "UPDATE ledger_entries SET \"Payload\" = replace(\"Payload\", '999', '602') WHERE \"Index\" = 5");
        Assert.Equal(0, (await MzProcess.RunAsync(db.Folder, ["ledger", "audit", .. dbArgs])).Exit);

        // Reorder: swap two entries' contents.
        await TamperAsync(db.Options, "UPDATE ledger_entries SET \"Payload\" = CASE \"Index\" WHEN 8 THEN (SELECT \"Payload\" FROM ledger_entries WHERE \"Index\" = 9) ELSE (SELECT \"Payload\" FROM ledger_entries WHERE \"Index\" = 8) END WHERE \"Index\" IN (8, 9)");
        await ExpectMismatchAsync(db.Folder, dbArgs, 8);
    }

    [Fact]
    public async Task An_edited_or_deleted_subtree_hash_is_caught()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await LedgerTestData.PublishAsync(db.Options, 64);
        string[] dbArgs = ["--provider", provider.ToString().ToLowerInvariant(), "--connection", db.Options.ConnectionString, "--log-key-file", Path.Combine(db.Folder, "log.key")];
        Assert.Equal(0, (await MzProcess.RunAsync(db.Folder, ["ledger", "append", "--checkpoint", .. dbArgs])).Exit);

        // The hash of leaves 16–31 (level 4, position 1) rewritten: the audit names it when entry 31 completes it.
        await TamperAsync(db.Options, "UPDATE ledger_nodes SET \"Hash\" = (SELECT \"Hash\" FROM ledger_nodes WHERE \"Level\" = 4 AND \"Position\" = 0) WHERE \"Level\" = 4 AND \"Position\" = 1");
        var edited = await MzProcess.RunAsync(db.Folder, ["ledger", "audit", .. dbArgs]);
        Assert.Equal(1, edited.Exit);
        Assert.Contains("(4,1)", edited.Output, StringComparison.Ordinal);

        await TamperAsync(db.Options, "DELETE FROM ledger_nodes WHERE \"Level\" = 5");
        var deleted = await MzProcess.RunAsync(db.Folder, ["ledger", "audit", .. dbArgs]);
        Assert.Equal(1, deleted.Exit);
        Assert.Contains("(4,1)", deleted.Output, StringComparison.Ordinal); // still the first bad one
    }

    [Fact]
    public async Task A_removed_entry_or_a_consistently_rewritten_tail_is_caught()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await LedgerTestData.PublishAsync(db.Options, 12);
        string[] dbArgs = ["--provider", provider.ToString().ToLowerInvariant(), "--connection", db.Options.ConnectionString, "--log-key-file", Path.Combine(db.Folder, "log.key")];
        Assert.Equal(0, (await MzProcess.RunAsync(db.Folder, ["ledger", "append", "--checkpoint", .. dbArgs])).Exit);
        await TamperAsync(db.Options, "DELETE FROM ledger_entries WHERE \"Index\" = 7");
        await ExpectMismatchAsync(db.Folder, dbArgs, 7);
        await TamperAsync(db.Options, "DELETE FROM ledger_entries WHERE \"Index\" >= 7");
        var truncated = await MzProcess.RunAsync(db.Folder, ["ledger", "audit", .. dbArgs]);
        Assert.Equal(1, truncated.Exit);
        Assert.Contains("记录被删除", truncated.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Appending_in_many_small_batches_stores_every_subtree_the_audit_expects()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var sp = LedgerTestData.Services(db, batchSize: 7);
        async Task<long> AppendAsync()
        {
            await using var scope = sp.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<Minzheng.Ledger.LedgerOperations>().AppendAllAsync(forceCheckpoint: true)).Appended;
        }

        // 50 entries in 8 batches (the last one short), then 23 more from a size that is no power of two.
        await LedgerTestData.PublishAsync(db.Options, 50);
        Assert.Equal(50, await AppendAsync());
        await LedgerTestData.PublishAsync(db.Options, 23);
        Assert.Equal(23, await AppendAsync());
        Assert.Equal(0, await AppendAsync());

        await using (var ctx = LedgerTestData.Context(db.Options))
        {
            Assert.Equal(73, await ctx.Entries.CountAsync());
            Assert.Equal(4 + 2 + 1, await ctx.Nodes.CountAsync()); // every perfect subtree of 16 or more leaves within 73 (smaller ones are computed)
        }

        await using var audit = sp.CreateAsyncScope();
        var report = await audit.ServiceProvider.GetRequiredService<Minzheng.Ledger.LedgerOperations>().AuditAsync(null);
        Assert.Null(report.Problem);
        Assert.Equal(73, report.Entries);
    }

    private static async Task ExpectMismatchAsync(string folder, string[] dbArgs, long index)
    {
        var result = await MzProcess.RunAsync(folder, ["ledger", "audit", .. dbArgs]);
        Assert.Equal(1, result.Exit);
        Assert.Contains($"mismatch at index {index}:", result.Output, StringComparison.Ordinal);
    }

    /// <summary>Changes stored rows as an intruder with database rights would (on PostgreSQL, past the append-only triggers).</summary>
    private static async Task TamperAsync(DatabaseOptions db, string sql)
    {
        if (db.Provider == DatabaseProvider.Postgres)
        {
            await using var conn = new NpgsqlConnection(db.ConnectionString);
            await conn.OpenAsync();
            await using (var blocked = new NpgsqlCommand(sql, conn))
            {
                var e = await Assert.ThrowsAsync<PostgresException>(() => blocked.ExecuteNonQueryAsync());
                Assert.Contains("append-only", e.MessageText, StringComparison.Ordinal);
            }

            await using var bypass = new NpgsqlCommand("SET session_replication_role = replica; " + sql, conn);
            await bypass.ExecuteNonQueryAsync();
            return;
        }

        await using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection(db.ConnectionString);
        await sqlite.OpenAsync();
        await using var cmd = sqlite.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }
}

public sealed class LedgerAuditTestsOnSqlite() : LedgerAuditTests(DatabaseProvider.Sqlite);

public sealed class LedgerAuditTestsOnPostgres() : LedgerAuditTests(DatabaseProvider.Postgres);
