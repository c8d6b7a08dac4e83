using System.Data.Common;
using System.Globalization;
using System.Text;
using Minzheng.Platform.Data;
using Npgsql;

namespace Minzheng.Platform.Outbox;

/// <summary>
/// Reads the outbox gap-safely (ADR 0007). An id is taken when a row is inserted, not when its transaction commits,
/// so "every id above the last one read" skips a row whose transaction was still open. On PostgreSQL the feed hands
/// out only rows written by transactions older than every transaction still running (the snapshot's xmin), in
/// (transaction, id) order: no row can appear later before a position already passed. SQLite has one writer, whose
/// ids commit in order.
/// </summary>
public static class OutboxFeed
{
    private const string Columns = "\"TransactionId\", \"Id\", \"EventType\", \"Payload\"";

    /// <summary>Rows after <paramref name="after"/> that are safe to read, public ones only (for the ledger).</summary>
    public static Task<List<OutboxEnvelope>> ReadPublicAsync(DbConnection connection, OutboxPosition after, int take, CancellationToken ct)
    {
        var sql = $"SELECT {Columns} FROM platform_outbox WHERE NOT \"Internal\" AND {After(connection)} ORDER BY {Order(connection)} LIMIT @take";
        return ReadAsync(connection, sql, after, take, [], ct);
    }

    /// <summary>Internal events of the given types after <paramref name="after"/>, safe to read, in position order.</summary>
    public static Task<List<OutboxEnvelope>> ReadInternalAsync(DbConnection connection, IReadOnlyList<string> eventTypes, OutboxPosition after, int take, CancellationToken ct)
    {
        // One index range per type (the partial index on type and position), merged: a filter on the position index
        // would walk every public event (millions of payments) to find a few internal ones.
        var sql = new StringBuilder("SELECT * FROM (");
        for (var i = 0; i < eventTypes.Count; i++)
        {
            sql.Append(i > 0 ? " UNION ALL " : string.Empty)
                .Append(CultureInfo.InvariantCulture, $"SELECT * FROM (SELECT {Columns} FROM platform_outbox WHERE \"Internal\" AND \"EventType\" = @type{i} AND {After(connection)} ORDER BY {Order(connection)} LIMIT @take) AS t{i}");
        }

        sql.Append(") AS merged ORDER BY \"TransactionId\", \"Id\" LIMIT @take");
        return ReadAsync(connection, sql.ToString(), after, take, eventTypes, ct);
    }

    /// <summary>
    /// Waits (at most <paramref name="timeout"/>) until every transaction running now has ended, so that a read after it
    /// sees everything committed before this call: for operator commands and tests, which expect "all of it". The horizon
    /// is the PostgreSQL cluster's: a long transaction in any database holds it back. SQLite needs no wait.
    /// </summary>
    public static async Task WaitForHorizonAsync(DbConnection connection, TimeSpan timeout, CancellationToken ct)
    {
        if (connection is not NpgsqlConnection)
        {
            return;
        }

        var target = await HorizonAsync(connection, "pg_snapshot_xmax", ct);
        var until = DateTime.UtcNow + timeout;
        while (await HorizonAsync(connection, "pg_snapshot_xmin", ct) < target && DateTime.UtcNow < until)
        {
            await Task.Delay(20, ct);
        }
    }

    private static async Task<long> HorizonAsync(DbConnection connection, string function, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {function}(pg_current_snapshot())::text::bigint";
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>
    /// The rows a reader may take: after its position, and (PostgreSQL) written by transactions that have ended. On SQLite
    /// every row's TransactionId is 0, so the position is the id alone and the primary key's range is read in order (a
    /// row-value range over the position index cost a fifth of the append rate).
    /// </summary>
    private static string After(DbConnection connection) => connection is NpgsqlConnection
        ? "(\"TransactionId\", \"Id\") > (@tx, @id) AND \"TransactionId\" < pg_snapshot_xmin(pg_current_snapshot())::text::bigint"
        : "\"Id\" > @id AND @tx = 0";

    private static string Order(DbConnection connection) => connection is NpgsqlConnection ? "\"TransactionId\", \"Id\"" : "\"Id\"";

    private static async Task<List<OutboxEnvelope>> ReadAsync(DbConnection connection, string sql, OutboxPosition after, int take, IReadOnlyList<string> types, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.With("@tx", after.TransactionId);
        cmd.With("@id", after.Id);
        cmd.With("@take", take);
        for (var i = 0; i < types.Count; i++)
        {
            cmd.With($"@type{i}", types[i]);
        }

        var rows = new List<OutboxEnvelope>(Math.Min(take, 10_000));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new OutboxEnvelope(new OutboxPosition(reader.GetInt64(0), reader.GetInt64(1)), reader.GetString(2), reader.GetString(3)));
        }

        return rows;
    }
}
