using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;
using Minzheng.Platform.Paging;

namespace Minzheng.Platform.Audit;

public sealed class AuditFilter
{
    public string? UserName { get; set; }

    public string? Action { get; set; }

    public string? EntityId { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public int Page { get; set; } = 1;

    public int Size { get; set; } = 50;
}

public sealed record AuditRow(long Id, DateTime AtShanghai, string UserName, string Action, string? EntityType, string? EntityId, string? RegionCode, string? Purpose, string? Details,
    string? ClientAddress = null);

/// <summary>
/// The auditors' view of the trail: read-only, filtered, newest first; every read is itself audited. The whole trail is
/// for the 审计管理员 and auditors (三员分立); the district leader reads the business records of their own regions only,
/// and only where Security:LeaderReadsDistrictAudit says so.
/// </summary>
public sealed class AuditQuery(PlatformDbContext db, ICurrentUser user, AuditLog audit, IConfiguration? configuration = null)
{
    public const string Redacted = "（业务数据，无权查看）";

    // The audit administrator (三员) sees who did what and when, but the before/after values of case
    // records only where a business role of theirs covers the record's region.
    private bool MaySeeDetails(AuditEntry a) => a.RegionCode is null || user.Allows(a.RegionCode);

    public async Task<PagedResult<AuditRow>> HandleAsync(AuditFilter filter, CancellationToken ct = default)
    {
        var whole = Roles.MayReadAudit.Any(user.IsInRole);
        if (!whole && !LeaderMayRead)
        {
            throw new ForbiddenException("只有审计人员可以查看审计日志");
        }

        var page = new PageRequest(filter.Page, filter.Size);
        var q = db.AuditEntries.AsNoTracking();
        if (!whole)
        {
            var prefixes = user.RegionPrefixes;
#pragma warning disable CA1310 // translated to SQL LIKE by EF Core; no culture is involved
            q = q.Where(a => a.RegionCode != null && prefixes.Any(p => a.RegionCode.StartsWith(p)));
#pragma warning restore CA1310
        }

        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            q = q.Where(a => a.UserName == filter.UserName.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            q = q.Where(a => a.Action == filter.Action);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            q = q.Where(a => a.EntityId == filter.EntityId.Trim());
        }

        if (filter.From is { } from)
        {
            var utc = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8);
            q = q.Where(a => a.AtUtc >= utc);
        }

        if (filter.To is { } to)
        {
            var utc = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8);
            q = q.Where(a => a.AtUtc < utc);
        }

        await audit.WriteAsync(AuditActions.AuditRead, "Audit", details: Describe(filter), ct: ct);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(a => a.Id).Skip(page.Skip).Take(page.SafeSize).ToListAsync(ct);
        return new PagedResult<AuditRow>(
            rows.Select(a => new AuditRow(a.Id, ShanghaiClock.ToShanghai(a.AtUtc), a.UserName, AuditActions.DisplayName(a.Action), a.EntityType, a.EntityId, a.RegionCode, a.Purpose,
                MaySeeDetails(a) ? a.Details : Redacted, a.ClientAddress)).ToList(),
            total, page.SafePage, page.SafeSize);
    }

    private bool LeaderMayRead => user.IsInRole(Roles.DistrictLeader) && (configuration?.GetValue("Security:LeaderReadsDistrictAudit", false) ?? false);

    private static string Describe(AuditFilter f) =>
        $"用户={f.UserName ?? "全部"} 操作={f.Action ?? "全部"} 对象={f.EntityId ?? "全部"} 日期={f.From}~{f.To} 第{f.Page}页";
}
