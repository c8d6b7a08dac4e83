using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;

namespace Minzheng.Platform.Audit;

/// <summary>
/// Bursts that may be an attack become security alerts in the audit trail, for the 安全管理员, the 审计管理员 and
/// auditors: 10 failed sign-ins for one user name or from one address within 15 minutes (Security:Alerts:FailedLogins),
/// and a user reading personal-data lists through the API far faster than anyone works (PersonalDataReadWatch). One
/// alert when a threshold is reached, not one per attempt after it.
/// </summary>
public sealed class SecurityAlerts(PlatformDbContext db, AuditLog audit, ICurrentUser user, TimeProvider clock, IConfiguration? configuration = null)
{
    public static readonly TimeSpan LoginWindow = TimeSpan.FromMinutes(15);

    public async Task AfterFailedLoginAsync(string userName, string? address, CancellationToken ct = default)
    {
        var threshold = configuration?.GetValue("Security:Alerts:FailedLogins", 10) ?? 10;
        var since = clock.GetUtcNow().UtcDateTime - LoginWindow;
        var failed = db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditActions.LoginFailed && a.AtUtc >= since);
        if (await failed.CountAsync(a => a.UserName == userName, ct) == threshold)
        {
            await RaiseAsync("LoginFailures", userName, $"用户名“{userName}”在 {LoginWindow.TotalMinutes:0} 分钟内登录失败 {threshold} 次", ct);
        }

        if (address is not null && await failed.CountAsync(a => a.ClientAddress == address, ct) == threshold)
        {
            await RaiseAsync("LoginFailures", address, $"地址 {address} 在 {LoginWindow.TotalMinutes:0} 分钟内登录失败 {threshold} 次", ct);
        }
    }

    public Task PersonalDataBurstAsync(string userName, int reads, TimeSpan window, CancellationToken ct = default) =>
        RaiseAsync("PersonalDataReads", userName, $"用户“{userName}”在 {window.TotalMinutes:0} 分钟内通过接口读取个人信息列表 {reads} 次", ct);

    /// <summary>The latest alerts, newest first.</summary>
    public async Task<IReadOnlyList<AuditRow>> ListAsync(CancellationToken ct = default)
    {
        if (!Roles.MaySeeSecurityAlerts.Any(user.IsInRole))
        {
            throw new ForbiddenException("只有安全管理员、审计管理员和审计人员可以查看安全告警");
        }

        var rows = await db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditActions.SecurityAlert).OrderByDescending(a => a.Id).Take(200).ToListAsync(ct);
        return rows.Select(a => new AuditRow(a.Id, ShanghaiClock.ToShanghai(a.AtUtc), a.UserName, AuditActions.DisplayName(a.Action), a.EntityType, a.EntityId, null, null, a.Details, a.ClientAddress)).ToList();
    }

    private Task RaiseAsync(string kind, string subject, string text, CancellationToken ct) =>
        audit.WriteAsync(AuditActions.SecurityAlert, kind, subject.Length > 64 ? subject[..64] : subject, details: text, ct: ct);
}
