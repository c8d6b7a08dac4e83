using Microsoft.EntityFrameworkCore;
using Minzheng.Monitoring.Data;
using Minzheng.Monitoring.Domain;
using Minzheng.Platform.Data;
using Minzheng.Platform.Paging;

namespace Minzheng.Monitoring.Features.Alerts;

/// <summary>Alerts in the user's regions, newest first; filters by status, town, rule and overdue (the district's escalation list).</summary>
internal sealed class ListAlertsHandler(MonitoringDbContext db, TimeProvider clock)
{
    public async Task<PagedResult<AlertRow>> HandleAsync(AlertFilter filter, CancellationToken ct = default)
    {
        var paging = new PageRequest(filter.Page, filter.Size);
        var today = clock.Today();
        var q = db.Alerts.AsNoTracking();
        if (Enum.TryParse<AlertStatus>(filter.Status, ignoreCase: true, out var status))
        {
            q = q.Where(a => a.Status == status);
        }
        else if (string.Equals(filter.Status, "active", StringComparison.OrdinalIgnoreCase))
        {
            q = q.Where(a => a.Status != AlertStatus.Closed);
        }

        if (!string.IsNullOrWhiteSpace(filter.Town))
        {
            q = q.Where(a => a.RegionCode.StartsWith(filter.Town.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(filter.Rule))
        {
            q = q.Where(a => a.Rule == filter.Rule.Trim());
        }

        if (filter.Overdue == true)
        {
            q = q.Where(a => a.Status != AlertStatus.Closed && a.DueOn < today);
        }

        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(a => a.Period).ThenBy(a => a.DueOn).ThenBy(a => a.HouseholdNumber).Skip(paging.Skip).Take(paging.SafeSize).ToListAsync(ct);
        return new PagedResult<AlertRow>(rows.Select(a => AlertViews.Row(a, today)).ToList(), total, paging.SafePage, paging.SafeSize);
    }
}
