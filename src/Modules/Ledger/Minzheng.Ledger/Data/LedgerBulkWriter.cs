using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Minzheng.Ledger.Domain;
using Minzheng.Platform.Outbox;
using Npgsql;
using NpgsqlTypes;

namespace Minzheng.Ledger.Data;

/// <summary>
/// Writes a batch of entries and subtree hashes in one transaction, set-based: binary COPY on PostgreSQL,
/// one prepared statement reused per row on SQLite. Row-by-row EF inserts were the append's bottleneck.
/// </summary>
/// <summary>The ledger's checkpoint to store with a batch.</summary>
internal sealed record CheckpointWrite(string Reader, OutboxPosition Position, DateTime AtUtc);

internal static class LedgerBulkWriter
{
    public static async Task WriteAsync(LedgerDbContext db, IReadOnlyList<LedgerEntry> entries, IReadOnlyList<LedgerNode> nodes, CheckpointWrite checkpoint, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var connection = db.Database.GetDbConnection();
        if (connection is NpgsqlConnection pg)
        {
            await CopyAsync(pg, entries, nodes, ct);
        }
        else
        {
            await InsertAsync((SqliteConnection)connection, (SqliteTransaction)tx.GetDbTransaction(), entries, nodes, ct);
        }

        // The reader's position moves with what it appended: a crash in between repeats nothing and skips nothing.
        await CheckpointSql.WriteAsync(connection, tx.GetDbTransaction(), checkpoint.Reader, checkpoint.Position, checkpoint.AtUtc, ct);
        await tx.CommitAsync(ct);
    }

    private static async Task CopyAsync(NpgsqlConnection pg, IReadOnlyList<LedgerEntry> entries, IReadOnlyList<LedgerNode> nodes, CancellationToken ct)
    {
        await using (var copy = await pg.BeginBinaryImportAsync("COPY ledger_entries (\"Index\", \"OutboxId\", \"EventType\", \"Payload\", \"LeafHash\", \"AppendedAtUtc\") FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var e in entries)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(e.Index, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(e.OutboxId, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(e.EventType, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(e.Payload, NpgsqlDbType.Text, ct);
                await copy.WriteAsync(e.LeafHash, NpgsqlDbType.Bytea, ct);
                await copy.WriteAsync(e.AppendedAtUtc, NpgsqlDbType.TimestampTz, ct);
            }

            await copy.CompleteAsync(ct);
        }

        await using (var copy = await pg.BeginBinaryImportAsync("COPY ledger_nodes (\"Level\", \"Position\", \"Hash\") FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var n in nodes)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(n.Level, NpgsqlDbType.Integer, ct);
                await copy.WriteAsync(n.Position, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(n.Hash, NpgsqlDbType.Bytea, ct);
            }

            await copy.CompleteAsync(ct);
        }
    }

    private static async Task InsertAsync(SqliteConnection connection, SqliteTransaction tx, IReadOnlyList<LedgerEntry> entries, IReadOnlyList<LedgerNode> nodes, CancellationToken ct)
    {
        await using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO ledger_entries (\"Index\", \"OutboxId\", \"EventType\", \"Payload\", \"LeafHash\", \"AppendedAtUtc\") VALUES ($i, $o, $t, $p, $h, $a)";
            var p = new[] { cmd.Parameters.Add("$i", SqliteType.Integer), cmd.Parameters.Add("$o", SqliteType.Integer), cmd.Parameters.Add("$t", SqliteType.Text), cmd.Parameters.Add("$p", SqliteType.Text), cmd.Parameters.Add("$h", SqliteType.Blob), cmd.Parameters.Add("$a", SqliteType.Text) };
            cmd.Prepare();
            // The same text Microsoft.Data.Sqlite writes for a DateTime, formatted once per batch instead of once per row.
            var at = entries.Count > 0 ? entries[0].AppendedAtUtc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
            foreach (var e in entries)
            {
                Set(p, e.Index, e.OutboxId, e.EventType, e.Payload, e.LeafHash, e.AppendedAtUtc == entries[0].AppendedAtUtc ? at : e.AppendedAtUtc);
                ct.ThrowIfCancellationRequested();
                cmd.ExecuteNonQuery(); // synchronous: SQLite has no asynchronous I/O, the Task would only add allocations
            }
        }

        await using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO ledger_nodes (\"Level\", \"Position\", \"Hash\") VALUES ($l, $p, $h)";
            var p = new[] { cmd.Parameters.Add("$l", SqliteType.Integer), cmd.Parameters.Add("$p", SqliteType.Integer), cmd.Parameters.Add("$h", SqliteType.Blob) };
            cmd.Prepare();
            foreach (var n in nodes)
            {
                Set(p, n.Level, n.Position, n.Hash);
                cmd.ExecuteNonQuery();
            }
        }
    }

    private static void Set(DbParameter[] parameters, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i];
        }
    }
}
