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
        var failures = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditActions.LoginFailed && a.AtUtc >= since)
            .Select(a => new { a.UserName, a.ClientAddress, a.AtUtc, a.Details })
            .ToListAsync(ct);
        var successes = await db.AuditEntries.CountAsync(a => a.Action == AuditActions.Login && a.AtUtc >= since, ct);
        var byUser = failures.GroupBy(f => f.UserName)
            .Select(g =>
            {
                var last = g.MaxBy(f => f.AtUtc)!;
                return new LoginFailuresByUser(g.Key, g.Count(), g.Count(f => f.Details?.Contains("lockedOut", StringComparison.Ordinal) == true),
                    ShanghaiClock.ToShanghai(last.AtUtc), last.ClientAddress);
            })
            .OrderByDescending(r => r.Failures).ThenByDescending(r => r.LastAt).Take(MaxRows).ToList();
        var byAddress = failures.Where(f => f.ClientAddress is not null).GroupBy(f => f.ClientAddress!)
            .Select(g => new LoginFailuresByAddress(g.Key, g.Count(), g.Select(f => f.UserName).Distinct().Count(), ShanghaiClock.ToShanghai(g.Max(f => f.AtUtc))))
            .OrderByDescending(r => r.Failures).Take(MaxRows).ToList();
        return new LoginReport(days, failures.Count, successes, byUser, byAddress);
    }
}
