using Minzheng.Platform.Data;
using System.Data.Common;

namespace Minzheng.Platform.Outbox;

/// <summary>
/// A reader's checkpoint in plain SQL, for readers that write in bulk on their own connection (the ledger): read at
/// the start, written in the same transaction as what was read up to it.
/// </summary>
public static class CheckpointSql
{
    public static async Task<OutboxPosition> ReadAsync(DbConnection connection, string name, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT \"TransactionId\", \"OutboxId\" FROM platform_subscriptions WHERE \"Name\" = @name";
        cmd.With("@name", name);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new OutboxPosition(reader.GetInt64(0), reader.GetInt64(1)) : OutboxPosition.Start;
    }

    public static async Task WriteAsync(DbConnection connection, DbTransaction transaction, string name, OutboxPosition position, DateTime nowUtc, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = """
            INSERT INTO platform_subscriptions ("Name", "TransactionId", "OutboxId", "UpdatedAtUtc") VALUES (@name, @tx, @id, @at)
            ON CONFLICT ("Name") DO UPDATE SET "TransactionId" = excluded."TransactionId", "OutboxId" = excluded."OutboxId", "UpdatedAtUtc" = excluded."UpdatedAtUtc"
            """;
        cmd.With("@name", name);
        cmd.With("@tx", position.TransactionId);
        cmd.With("@id", position.Id);
        cmd.With("@at", nowUtc);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
