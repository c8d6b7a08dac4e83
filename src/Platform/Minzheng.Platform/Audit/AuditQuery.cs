using Microsoft.EntityFrameworkCore;
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

public sealed record AuditRow(long Id, DateTime AtShanghai, string UserName, string Action, string? EntityType, string? EntityId, string? RegionCode, string? Purpose, string? Details);

/// <summary>The auditor's view of the trail: read-only, filtered, newest first.</summary>
public sealed class AuditQuery(PlatformDbContext db, ICurrentUser user)
{
    public const string Redacted = "（业务数据，无权查看）";

    // The audit administrator (三员) sees who did what and when, but the before/after values of case
    // records only where a business role of theirs covers the record's region.
    private bool MaySeeDetails(AuditEntry a) => a.RegionCode is null || user.Allows(a.RegionCode);

    public async Task<PagedResult<AuditRow>> HandleAsync(AuditFilter filter, CancellationToken ct = default)
    {
        if (!Roles.MayReadAudit.Any(user.IsInRole))
        {
            throw new ForbiddenException("只有审计人员可以查看审计日志");
        }

        var page = new PageRequest(filter.Page, filter.Size);
        var q = db.AuditEntries.AsNoTracking();
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

        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(a => a.Id).Skip(page.Skip).Take(page.SafeSize).ToListAsync(ct);
        return new PagedResult<AuditRow>(
            rows.Select(a => new AuditRow(a.Id, ShanghaiClock.ToShanghai(a.AtUtc), a.UserName, AuditActions.DisplayName(a.Action), a.EntityType, a.EntityId, a.RegionCode, a.Purpose,
                MaySeeDetails(a) ? a.Details : Redacted)).ToList(),
            total, page.SafePage, page.SafeSize);
    }
}
