using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Minzheng.Assistance.Domain.Payroll;
using Minzheng.Platform.Outbox;
using Npgsql;
using NpgsqlTypes;

namespace Minzheng.Assistance.Features.Payroll;

/// <summary>What approval decided for one payment.</summary>
internal sealed record ApprovedPayment(Guid Id, PaymentStatus Status, string? BankName, string? Salt, string? Commitment, string? FailureReason,
    string? PayeeName = null, string? SealedBankAccount = null);

/// <summary>
/// Writes an approval's payments and ledger events in the caller's transaction, set-based: binary COPY into a temporary
/// table and one UPDATE … FROM, then COPY into the outbox on PostgreSQL; one prepared statement reused per row on
/// SQLite. Tracking a town's thousands of payments through EF cost more than everything else in the approval.
/// </summary>
internal static class ApprovalWriter
{
    public static async Task WriteAsync(DbConnection connection, IDbContextTransaction tx, Guid runId, IReadOnlyList<ApprovedPayment> payments, IReadOnlyList<OutboxMessage> events, CancellationToken ct)
    {
        if (connection is NpgsqlConnection pg)
        {
            await CopyAsync(pg, runId, payments, events, ct);
        }
        else
        {
            await InsertAsync((SqliteConnection)connection, (SqliteTransaction)tx.GetDbTransaction(), payments, events, ct);
        }
    }

    private static async Task CopyAsync(NpgsqlConnection pg, Guid runId, IReadOnlyList<ApprovedPayment> payments, IReadOnlyList<OutboxMessage> events, CancellationToken ct)
    {
        await using (var create = new NpgsqlCommand("""CREATE TEMP TABLE approved_payments (id uuid, status text, bank text, salt text, commitment text, failure text, payee text, account text) ON COMMIT DROP""", pg))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        await using (var copy = await pg.BeginBinaryImportAsync("COPY approved_payments (id, status, bank, salt, commitment, failure, payee, account) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var p in payments)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(p.Id, NpgsqlDbType.Uuid, ct);
                await copy.WriteAsync(p.Status.ToString(), NpgsqlDbType.Text, ct);
                await WriteNullableAsync(copy, p.BankName, ct);
                await WriteNullableAsync(copy, p.Salt, ct);
                await WriteNullableAsync(copy, p.Commitment, ct);
                await WriteNullableAsync(copy, p.FailureReason, ct);
                await WriteNullableAsync(copy, p.PayeeName, ct);
                await WriteNullableAsync(copy, p.SealedBankAccount, ct);
            }

            await copy.CompleteAsync(ct);
        }

        // The run's payments by its index: joined on the key alone, the planner (no statistics on the temporary table)
        // scanned every payment ever made, once per town.
        await using (var update = new NpgsqlCommand("""
            UPDATE assist_payments p SET "Status" = a.status, "BankName" = a.bank, "Salt" = a.salt, "Commitment" = a.commitment, "FailureReason" = a.failure,
                "PayeeName" = a.payee, "SealedBankAccount" = a.account, "ReissueRegionCode" = CASE WHEN a.status = 'Failed' THEN p."RegionCode" END
            FROM approved_payments a WHERE p."RunId" = $1 AND p."Id" = a.id
            """, pg))
        {
            update.Parameters.Add(new NpgsqlParameter { Value = runId, NpgsqlDbType = NpgsqlDbType.Uuid });
            await update.ExecuteNonQueryAsync(ct);
        }

        await using var outbox = await pg.BeginBinaryImportAsync("""COPY platform_outbox ("EventType", "Payload", "IdempotencyKey", "CreatedAtUtc") FROM STDIN (FORMAT BINARY)""", ct);
        foreach (var e in events)
        {
            await outbox.StartRowAsync(ct);
            await outbox.WriteAsync(e.EventType, NpgsqlDbType.Text, ct);
            await outbox.WriteAsync(e.Payload, NpgsqlDbType.Text, ct);
            await outbox.WriteAsync(e.IdempotencyKey, NpgsqlDbType.Text, ct);
            await outbox.WriteAsync(e.CreatedAtUtc, NpgsqlDbType.TimestampTz, ct);
        }

        await outbox.CompleteAsync(ct);
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken ct)
    {
        if (value is null)
        {
            await copy.WriteNullAsync(ct);
        }
        else
        {
            await copy.WriteAsync(value, NpgsqlDbType.Text, ct);
        }
    }

    private static async Task InsertAsync(SqliteConnection connection, SqliteTransaction tx, IReadOnlyList<ApprovedPayment> payments, IReadOnlyList<OutboxMessage> events, CancellationToken ct)
    {
        await using (var update = connection.CreateCommand())
        {
            update.Transaction = tx;
            update.CommandText = """
                UPDATE assist_payments SET "Status" = $s, "BankName" = $b, "Salt" = $salt, "Commitment" = $c, "FailureReason" = $f, "PayeeName" = $n, "SealedBankAccount" = $a,
                    "ReissueRegionCode" = CASE WHEN $s = 'Failed' THEN "RegionCode" END
                WHERE "Id" = $id
                """;
            var (id, status, bank, salt, commitment, failure) = (update.Parameters.Add("$id", SqliteType.Text), update.Parameters.Add("$s", SqliteType.Text),
                update.Parameters.Add("$b", SqliteType.Text), update.Parameters.Add("$salt", SqliteType.Text), update.Parameters.Add("$c", SqliteType.Text), update.Parameters.Add("$f", SqliteType.Text));
            var (payee, account) = (update.Parameters.Add("$n", SqliteType.Text), update.Parameters.Add("$a", SqliteType.Text));
            update.Prepare();
            foreach (var p in payments)
            {
                id.Value = p.Id.ToString().ToUpperInvariant(); // as EF stores a Guid on SQLite
                status.Value = p.Status.ToString();
                bank.Value = (object?)p.BankName ?? DBNull.Value;
                salt.Value = (object?)p.Salt ?? DBNull.Value;
                commitment.Value = (object?)p.Commitment ?? DBNull.Value;
                failure.Value = (object?)p.FailureReason ?? DBNull.Value;
                payee.Value = (object?)p.PayeeName ?? DBNull.Value;
                account.Value = (object?)p.SealedBankAccount ?? DBNull.Value;
                await update.ExecuteNonQueryAsync(ct);
            }
        }

        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = """INSERT INTO platform_outbox ("EventType", "Payload", "IdempotencyKey", "CreatedAtUtc") VALUES ($t, $p, $k, $c)""";
        var (type, payload, key, created) = (insert.Parameters.Add("$t", SqliteType.Text), insert.Parameters.Add("$p", SqliteType.Text),
            insert.Parameters.Add("$k", SqliteType.Text), insert.Parameters.Add("$c", SqliteType.Text));
        insert.Prepare();
        foreach (var e in events)
        {
            type.Value = e.EventType;
            payload.Value = e.Payload;
            key.Value = e.IdempotencyKey;
            created.Value = e.CreatedAtUtc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);
            await insert.ExecuteNonQueryAsync(ct);
        }
    }
}
