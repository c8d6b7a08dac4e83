using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Data;

namespace Minzheng.Platform.Jobs;

/// <summary>A job a host has taken: the run to work on and who started it.</summary>
internal sealed record ClaimedJob(Guid Id, Guid RunId, string StartedBy);

/// <summary>
/// Takes, renews and ends job leases with single statements: the UPDATE re-checks its condition on the row it locks
/// (PostgreSQL re-reads a row another transaction changed meanwhile; SQLite has one writer), so of two hosts reaching
/// for the same job one gets it and the other gets nothing.
/// </summary>
internal static class JobLeases
{
    private const string Claimable = "(\"Status\" = 'Queued' OR (\"Status\" = 'Running' AND \"LeaseExpiresAtUtc\" < @now))";

    public static async Task<ClaimedJob?> ClaimAsync(PlatformDbContext db, string kind, string owner, TimeSpan lease, DateTime nowUtc, CancellationToken ct)
    {
        var sql = $"""
            UPDATE platform_jobs SET "Status" = 'Running', "LeaseOwner" = @owner, "LeaseExpiresAtUtc" = @until, "Attempts" = "Attempts" + 1
            WHERE "Id" = (SELECT "Id" FROM platform_jobs WHERE "Kind" = @kind AND {Claimable} ORDER BY "CreatedAtUtc" LIMIT 1)
              AND {Claimable}
            RETURNING "Id", "RunId", "StartedBy"
            """;
        await using var cmd = await CommandAsync(db, sql, ct, ("@kind", kind), ("@owner", owner), ("@until", nowUtc + lease), ("@now", nowUtc));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new ClaimedJob(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2)) : null;
    }

    /// <summary>False when the lease is no longer this owner's (it ran out and another host took the job).</summary>
    public static async Task<bool> RenewAsync(PlatformDbContext db, Guid job, string owner, TimeSpan lease, DateTime nowUtc, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(db, """
            UPDATE platform_jobs SET "LeaseExpiresAtUtc" = @until WHERE "Id" = @id AND "LeaseOwner" = @owner AND "Status" = 'Running'
            """, ct, ("@id", job), ("@owner", owner), ("@until", nowUtc + lease));
        return await cmd.ExecuteNonQueryAsync(ct) == 1;
    }

    public static async Task FinishAsync(PlatformDbContext db, Guid job, string owner, string? error, DateTime nowUtc, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(db, """
            UPDATE platform_jobs SET "Status" = @status, "Error" = @error, "FinishedAtUtc" = @now, "LeaseExpiresAtUtc" = NULL
            WHERE "Id" = @id AND "LeaseOwner" = @owner
            """, ct, ("@id", job), ("@owner", owner), ("@status", error is null ? "Done" : "Failed"), ("@error", (object?)error ?? DBNull.Value), ("@now", nowUtc));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<DbCommand> CommandAsync(PlatformDbContext db, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await db.Database.OpenConnectionAsync(ct);
        var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = sql;
        var sqlite = db.Database.IsSqlite();
        foreach (var (name, value) in parameters)
        {
            // EF keeps a Guid as upper-case text on SQLite; the driver alone would bind a blob that matches nothing.
            cmd.With(name, sqlite && value is Guid g ? g.ToString().ToUpperInvariant() : value);
        }

        return cmd;
    }
}
