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
    string? ClientAddress = null)
{
    /// <summary>The record's kind in Chinese (家庭户, 救助案件); <see cref="EntityType"/> keeps the stored name.</summary>
    public string EntityName { get; init; } = string.Empty;

    /// <summary>Who acted as colleagues know them: display name and role ("郑湘街道经办 · 镇街经办"); the login name for the system.</summary>
    public string UserLabel { get; init; } = string.Empty;

    /// <summary>The details field by field (before → after for a change), in Chinese; empty where details are withheld.</summary>
    public IReadOnlyList<AuditChange> Changes { get; init; } = [];
}

/// <summary>
/// The auditors' view of the trail: read-only, filtered, newest first; every read is itself audited. The whole trail is
/// for the 审计管理员 and auditors (三员分立); the district leader reads the business records of their own regions only,
/// and only where Security:LeaderReadsDistrictAudit says so.
/// </summary>
public sealed class AuditQuery(PlatformDbContext db, ICurrentUser user, AuditLog audit, AuditNames names, IConfiguration? configuration = null)
{
    public const string Redacted = "（业务数据，无权查看）";

    // The audit administrator (三员) sees who did what and when, but the before/after values of case
    // records only where a business role of theirs covers the record's region.
    private bool MaySeeDetails(AuditEntry a) => a.RegionCode is null || user.Allows(a.RegionCode);

    /// <summary>Most rows one export holds; a longer period is exported in parts (by date).</summary>
    public const int MaxExportRows = 50_000;

    public async Task<PagedResult<AuditRow>> HandleAsync(AuditFilter filter, CancellationToken ct = default)
    {
        var q = Filtered(filter);
        var page = new PageRequest(filter.Page, filter.Size);
        await audit.WriteAsync(AuditActions.AuditRead, "Audit", details: Describe(filter), ct: ct);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(a => a.Id).Skip(page.Skip).Take(page.SafeSize).ToListAsync(ct);
        var labels = await UserLabelsAsync(rows.Select(r => r.UserName), ct);
        return new PagedResult<AuditRow>(rows.Select(a => Row(a, labels)).ToList(), total, page.SafePage, page.SafeSize);
    }

    /// <summary>
    /// The rows the filter selects (newest first, up to <see cref="MaxExportRows"/>) as an XLSX the auditor keeps, with
    /// the same names and the same withheld details as the page; the export is itself audited.
    /// </summary>
    public async Task<byte[]> ExportAsync(AuditFilter filter, CancellationToken ct = default)
    {
        var q = Filtered(filter);
        var rows = await q.OrderByDescending(a => a.Id).Take(MaxExportRows).ToListAsync(ct);
        var labels = await UserLabelsAsync(rows.Select(r => r.UserName), ct);
        await audit.WriteAsync(AuditActions.Export, "Audit", details: $"{Describe(filter)}，{rows.Count} 条", ct: ct);
        using var output = new MemoryStream();
        using (var sheet = new Files.XlsxTableWriter(output, "审计日志", ["时间", "用户", "姓名与角色", "来源地址", "操作", "对象", "对象编号", "区域", "用途", "内容"]))
        {
            foreach (var r in rows.Select(a => Row(a, labels)))
            {
                sheet.StartRow();
                sheet.Text(r.AtShanghai.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
                sheet.Text(r.UserName);
                sheet.Text(r.UserLabel);
                sheet.Text(r.ClientAddress);
                sheet.Text(r.Action);
                sheet.Text(r.EntityName);
                sheet.Text(r.EntityId);
                sheet.Text(r.RegionCode);
                sheet.Text(r.Purpose);
                sheet.Text(r.Changes.Count > 0 ? string.Join("；", r.Changes.Select(Describe)) : r.Details);
                sheet.EndRow();
            }
        }

        return output.ToArray();
    }

    /// <summary>One change as a line: "状态：受理 → 公示" or "户数：10000".</summary>
    public static string Describe(AuditChange c) => c.Before is null ? $"{c.Field}：{c.After ?? "（空）"}" : $"{c.Field}：{c.Before} → {c.After ?? "（空）"}";

    private IQueryable<AuditEntry> Filtered(AuditFilter filter)
    {
        var whole = Roles.MayReadAudit.Any(user.IsInRole);
        if (!whole && !LeaderMayRead)
        {
            throw new ForbiddenException("只有审计人员可以查看审计日志");
        }

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

        return q;
    }

    private AuditRow Row(AuditEntry a, IReadOnlyDictionary<string, string> labels)
    {
        var details = MaySeeDetails(a) ? a.Details : Redacted;
        return new AuditRow(a.Id, ShanghaiClock.ToShanghai(a.AtUtc), a.UserName, names.Action(a.Action), a.EntityType, a.EntityId, a.RegionCode, a.Purpose, details, a.ClientAddress)
        {
            EntityName = names.Entity(a.EntityType),
            UserLabel = labels.GetValueOrDefault(a.UserName, a.UserName),
            Changes = MaySeeDetails(a) ? names.Changes(a.EntityType, a.Details) : [],
        };
    }

    /// <summary>"显示名 · 角色" for the accounts on this page (one query for the page, not one per row).</summary>
    private async Task<IReadOnlyDictionary<string, string>> UserLabelsAsync(IEnumerable<string> userNames, CancellationToken ct)
    {
        var wanted = userNames.Distinct().ToList();
        var accounts = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.UserName!))
            .Select(u => new { u.UserName, u.DisplayName, Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToList() })
            .ToListAsync(ct);
        return accounts.ToDictionary(a => a.UserName!, a => a.Roles.Count == 0 ? a.DisplayName : $"{a.DisplayName} · {string.Join("、", a.Roles.Select(r => Roles.DisplayName(r!)))}");
    }

    private bool LeaderMayRead => user.IsInRole(Roles.DistrictLeader) && (configuration?.GetValue("Security:LeaderReadsDistrictAudit", false) ?? false);

    private static string Describe(AuditFilter f) =>
        $"用户={f.UserName ?? "全部"} 操作={f.Action ?? "全部"} 对象={f.EntityId ?? "全部"} 日期={f.From}~{f.To} 第{f.Page}页";
}
