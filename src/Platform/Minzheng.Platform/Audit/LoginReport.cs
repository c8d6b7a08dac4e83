using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;

namespace Minzheng.Platform.Audit;

public sealed record LoginFailuresByUser(string UserName, int Failures, int LockedOut, DateTime LastAt, string? LastAddress);

public sealed record LoginFailuresByAddress(string Address, int Failures, int Users, DateTime LastAt);

public sealed record LoginReport(int Days, int Failures, int Successes, IReadOnlyList<LoginFailuresByUser> ByUser, IReadOnlyList<LoginFailuresByAddress> ByAddress);

/// <summary>
/// The 安全管理员's login-failure and lockout report, from the audit trail: failed sign-ins in the last days by account
/// and by client address (a guessing run shows as one address trying many accounts). Reading it is audited.
/// </summary>
public sealed class LoginReportQuery(PlatformDbContext db, ICurrentUser user, AuditLog audit, TimeProvider clock)
{
    public const int MaxRows = 50;

    public async Task<LoginReport> HandleAsync(int days = 7, CancellationToken ct = default)
    {
        if (!Roles.MaySeeSecurityAlerts.Any(user.IsInRole))
        {
            throw new ForbiddenException("只有安全管理员、审计管理员和审计人员可以查看登录失败报告");
        }

        days = Math.Clamp(days, 1, 90);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-days);
        await audit.WriteAsync(AuditActions.AuditRead, "Audit", details: $"登录失败与锁定报告（近 {days} 天）", ct: ct);
        // Counted by the database: a guessing run can leave hundreds of thousands of failures, and only the top rows are shown.
        var failed = db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditActions.LoginFailed && a.AtUtc >= since);
        var total = await failed.CountAsync(ct);
        var successes = await db.AuditEntries.CountAsync(a => a.Action == AuditActions.Login && a.AtUtc >= since, ct);
        var users = await failed.GroupBy(a => a.UserName)
            .Select(g => new
            {
                UserName = g.Key,
                Failures = g.Count(),
                LockedOut = g.Count(a => a.Details != null && EF.Functions.Like(a.Details, "%lockedOut%")),
                LastId = g.Max(a => a.Id),
            })
            .OrderByDescending(r => r.Failures).ThenByDescending(r => r.LastId).Take(MaxRows).ToListAsync(ct);
        var lastIds = users.Select(u => u.LastId).ToList();
        var last = await db.AuditEntries.AsNoTracking().Where(a => lastIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => (a.AtUtc, a.ClientAddress), ct);
        var byUser = users.Select(u => new LoginFailuresByUser(u.UserName, u.Failures, u.LockedOut, ShanghaiClock.ToShanghai(last[u.LastId].AtUtc), last[u.LastId].ClientAddress)).ToList();
        var byAddress = (await failed.Where(a => a.ClientAddress != null).GroupBy(a => a.ClientAddress!)
                .Select(g => new { Address = g.Key, Failures = g.Count(), Users = g.Select(a => a.UserName).Distinct().Count(), LastAt = g.Max(a => a.AtUtc) })
                .OrderByDescending(r => r.Failures).Take(MaxRows).ToListAsync(ct))
            .Select(r => new LoginFailuresByAddress(r.Address, r.Failures, r.Users, ShanghaiClock.ToShanghai(r.LastAt))).ToList();
        return new LoginReport(days, total, successes, byUser, byAddress);
    }
}
