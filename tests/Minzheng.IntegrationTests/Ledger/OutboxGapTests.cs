using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Data;
using Minzheng.TestSupport;
using Npgsql;

namespace Minzheng.IntegrationTests.Ledger;

/// <summary>
/// The ledger never skips an outbox event whose transaction commits after a later one's (issue 16.1): ids are taken at
/// insert, not at commit. Reproduced with two real PostgreSQL connections; a soak of concurrent writers on both databases.
/// </summary>
public sealed class OutboxGapTestsOnPostgres
{
    [Fact]
    public async Task An_event_committed_after_a_later_id_is_appended_not_skipped()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var sp = LedgerTestData.Services(db);
        await using var a = await OpenAsync(db);
        await using var b = await OpenAsync(db);

        // A takes outbox id 1 and stays open (a payroll approval COPYing thousands of rows); B takes id 2 and commits.
        await using var txA = await a.BeginTransactionAsync();
        var first = await InsertAsync(a, "a", txA);
        var second = await InsertAsync(b, "b");
        Assert.True(first < second);

        // Nothing may be appended past A's open transaction: id 2 waits for it.
        Assert.Equal(0, await LedgerTestData.AppendNowAsync(sp));
        await txA.CommitAsync();
        Assert.Equal(2, await LedgerTestData.AppendAsync(sp));

        Assert.Equal([first, second], await AppendedOutboxIdsAsync(db));
        var audit = await LedgerTestData.AuditAsync(sp);
        Assert.Null(audit.Problem);
        Assert.Equal(0, audit.Pending);
    }

    [Fact]
    public async Task A_transaction_that_began_earlier_but_inserts_later_is_not_skipped_either()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var sp = LedgerTestData.Services(db);
        await using var a = await OpenAsync(db);
        await using var b = await OpenAsync(db);

        // A's transaction id is older than B's, but its outbox id is newer: the feed orders by transaction, then id.
        await using var txA = await a.BeginTransactionAsync();
        await using (var xid = new NpgsqlCommand("SELECT pg_current_xact_id()", a, txA))
        {
            await xid.ExecuteScalarAsync();
        }

        var fromB = await InsertAsync(b, "b");
        Assert.Equal(0, await LedgerTestData.AppendNowAsync(sp));
        var fromA = await InsertAsync(a, "a", txA);
        Assert.Equal(0, await LedgerTestData.AppendNowAsync(sp));
        await txA.CommitAsync();
        Assert.Equal(2, await LedgerTestData.AppendAsync(sp));

        Assert.Equal([fromA, fromB], await AppendedOutboxIdsAsync(db));
        Assert.Null((await LedgerTestData.AuditAsync(sp)).Problem);
    }

    [Fact]
    public async Task A_rolled_back_event_leaves_a_gap_that_nothing_waits_for()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var sp = LedgerTestData.Services(db);
        await using var a = await OpenAsync(db);
        await using (var tx = await a.BeginTransactionAsync())
        {
            await InsertAsync(a, "lost", tx);
            await tx.RollbackAsync();
        }

        var kept = await InsertAsync(a, "kept");
        Assert.Equal(1, await LedgerTestData.AppendAsync(sp));
        Assert.Equal([kept], await AppendedOutboxIdsAsync(db));
    }

    private static async Task<NpgsqlConnection> OpenAsync(TestDatabase db)
    {
        var connection = new NpgsqlConnection(db.Options.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<long> InsertAsync(NpgsqlConnection connection, string key, NpgsqlTransaction? tx = null)
    {
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO platform_outbox ("EventType", "Payload", "IdempotencyKey", "CreatedAtUtc")
            VALUES ('assist.payment', '{"amountFen":60200}', @k, now()) RETURNING "Id"
            """, connection, tx);
        cmd.Parameters.AddWithValue("k", key + Guid.NewGuid().ToString("N"));
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    internal static async Task<List<long>> AppendedOutboxIdsAsync(TestDatabase db)
    {
        await using var ctx = LedgerTestData.Context(db.Options);
        return await ctx.Entries.OrderBy(e => e.Index).Select(e => e.OutboxId).ToListAsync();
    }
}

/// <summary>Concurrent writers and a looping appender, then the completeness audit: on both databases.</summary>
public abstract class OutboxSoakTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Four_writers_with_random_delays_and_a_looping_appender_lose_nothing_and_repeat_nothing()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var sp = LedgerTestData.Services(db, batchSize: 7);
        const int writers = 4, perWriter = 40;
        using var done = new CancellationTokenSource();

        var writing = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var random = new Random(w);
            for (var i = 0; i < perWriter; i++)
            {
                await using var ctx = LedgerTestData.Context(db.Options);
                await using var tx = await ctx.Database.BeginTransactionAsync();
                ctx.Outbox.Add(new Minzheng.Platform.Outbox.OutboxMessage
                {
                    EventType = "assist.payment",
                    Payload = $$"""{"writer":{{w}},"n":{{i}}}""",
                    IdempotencyKey = $"soak-{w}-{i}",
                    CreatedAtUtc = DateTime.UtcNow,
                });
                await ctx.SaveChangesAsync();
                await Task.Delay(random.Next(0, 15)); // the id is taken; the commit comes later
                await tx.CommitAsync();
            }
        })).ToArray();

        var appending = Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                await LedgerTestData.AppendNowAsync(sp);
                await Task.Delay(3);
            }
        });

        await Task.WhenAll(writing);
        await done.CancelAsync();
        await appending;
        await LedgerTestData.AppendAsync(sp);

        await using var check = LedgerTestData.Context(db.Options);
        var outbox = await check.Outbox.Select(m => m.Id).OrderBy(id => id).ToListAsync();
        var logged = await check.Entries.Select(e => e.OutboxId).OrderBy(id => id).ToListAsync();
        Assert.Equal(writers * perWriter, outbox.Count);
        Assert.Equal(outbox, logged);
        var audit = await LedgerTestData.AuditAsync(sp);
        Assert.Null(audit.Problem);
    }

    [Fact]
    public async Task The_audit_names_an_outbox_event_the_log_passed_over()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var sp = LedgerTestData.Services(db);
        await LedgerTestData.PublishAsync(db.Options, 3);

        // Event 2 hidden while the ledger reads (as an open transaction hid it from the old high-water reader), then back.
        await using var conn = await OpenAsync(db);
        var secondId = await ScalarAsync(conn, "SELECT MIN(\"Id\") + 1 FROM platform_outbox");
        var saved = await ScalarTextAsync(conn, $"SELECT \"Payload\" FROM platform_outbox WHERE \"Id\" = {secondId}");
        await ExecAsync(conn, $"DELETE FROM platform_outbox WHERE \"Id\" = {secondId}");
        Assert.Equal(2, await LedgerTestData.AppendAsync(sp));
        Assert.Null((await LedgerTestData.AuditAsync(sp)).Problem);

        await ExecAsync(conn, $"""INSERT INTO platform_outbox ("Id", "TransactionId", "EventType", "Payload", "IdempotencyKey", "CreatedAtUtc", "Internal") VALUES ({secondId}, 0, 'assist.payment', '{saved}', 'late', '2022-07-01', {(provider == DatabaseProvider.Postgres ? "false" : "0")})""");
        var audit = await LedgerTestData.AuditAsync(sp);
        Assert.Equal(secondId, audit.MissingOutboxId);
        Assert.Contains("遗漏", audit.Problem, StringComparison.Ordinal);
    }

    private static async Task<DbConnection> OpenAsync(TestDatabase db)
    {
        DbConnection connection = provider(db) == DatabaseProvider.Postgres ? new NpgsqlConnection(db.Options.ConnectionString) : new Microsoft.Data.Sqlite.SqliteConnection(db.Options.ConnectionString);
        await connection.OpenAsync();
        return connection;

        static DatabaseProvider provider(TestDatabase d) => d.Options.Provider;
    }

    private static async Task ExecAsync(DbConnection connection, string sql)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(DbConnection connection, string sql)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> ScalarTextAsync(DbConnection connection, string sql)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return (string)(await cmd.ExecuteScalarAsync())!;
    }
}

public sealed class OutboxSoakTestsOnSqlite() : OutboxSoakTests(DatabaseProvider.Sqlite);

public sealed class OutboxSoakTestsOnPostgres() : OutboxSoakTests(DatabaseProvider.Postgres);
