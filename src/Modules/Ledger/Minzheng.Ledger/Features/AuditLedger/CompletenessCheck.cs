using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Minzheng.Ledger.Data;
using Minzheng.Ledger.Features.AppendEntries;
using Minzheng.Platform.Data;
using Minzheng.Platform.Outbox;

namespace Minzheng.Ledger.Features.AuditLedger;

/// <summary>What the completeness check found: the first outbox event missing from the log or in it twice, and how many wait.</summary>
internal sealed record CompletenessReport(long? OutboxId, string? Problem, long Pending);

/// <summary>
/// The log holds every public outbox event the ledger has read past exactly once, and nothing else: a recomputed
/// tree proves what was appended was not changed, this proves nothing was left out (an event skipped by a reader
/// that passed it before its transaction committed) or put in twice.
/// </summary>
internal static class CompletenessCheck
{
    public static async Task<CompletenessReport> RunAsync(LedgerDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        var read = await CheckpointSql.ReadAsync(connection, AppendEntriesHandler.ReaderName, ct);

        // Read past but not in the log: skipped.
        var missing = await ScalarAsync(connection, """
            SELECT MIN(o."Id") FROM platform_outbox o
            WHERE NOT o."Internal" AND (o."TransactionId", o."Id") <= (@tx, @id)
              AND NOT EXISTS (SELECT 1 FROM ledger_entries e WHERE e."OutboxId" = o."Id")
            """, read, ct);
        if (missing is { } skipped)
        {
            return new CompletenessReport(skipped, $"发件箱事件{skipped}已被读过却不在日志中（遗漏）", 0);
        }

        var twice = await ScalarAsync(connection, """SELECT MIN("OutboxId") FROM (SELECT "OutboxId" FROM ledger_entries GROUP BY "OutboxId" HAVING COUNT(*) > 1) AS d""", read, ct);
        if (twice is { } duplicated)
        {
            return new CompletenessReport(duplicated, $"发件箱事件{duplicated}在日志中出现了不止一次", 0);
        }

        var stranger = await ScalarAsync(connection, """
            SELECT MIN(e."OutboxId") FROM ledger_entries e
            WHERE NOT EXISTS (SELECT 1 FROM platform_outbox o WHERE o."Id" = e."OutboxId" AND NOT o."Internal")
            """, read, ct);
        if (stranger is { } unknown)
        {
            return new CompletenessReport(unknown, $"日志中的发件箱事件{unknown}在发件箱中不存在或是内部事件", 0);
        }

        var pending = await ScalarAsync(connection, """
            SELECT COUNT(*) FROM platform_outbox o WHERE NOT o."Internal" AND (o."TransactionId", o."Id") > (@tx, @id)
            """, read, ct) ?? 0;
        return new CompletenessReport(null, null, pending);
    }

    private static async Task<long?> ScalarAsync(DbConnection connection, string sql, OutboxPosition read, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.With("@tx", read.TransactionId).With("@id", read.Id);

        return await cmd.ExecuteScalarAsync(ct) is { } v and not DBNull ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
