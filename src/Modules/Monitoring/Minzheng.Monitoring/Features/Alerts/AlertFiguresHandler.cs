using Microsoft.EntityFrameworkCore;
using Minzheng.Monitoring.Data;
using Minzheng.Monitoring.Domain;
using Minzheng.Monitoring.Features.Shared;
using Minzheng.Platform.Data;
using Minzheng.Platform.Regions;

namespace Minzheng.Monitoring.Features.Alerts;

internal sealed record TownAlertFigure(string TownCode, string TownName, int Open, int Overdue, int ClosedThisMonth);

/// <summary>Open and overdue alerts per town the user can see (the home page and the district's view).</summary>
internal sealed class AlertFiguresHandler(MonitoringDbContext db, IRegionDirectory towns, TimeProvider clock)
{
    public async Task<IReadOnlyList<TownAlertFigure>> HandleAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        var monthStart = new DateTime(today.Year, today.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-8);
        var rows = await db.Alerts.AsNoTracking()
            .Where(a => a.Status != AlertStatus.Closed || a.ClosedAtUtc >= monthStart)
            .Select(a => new { a.RegionCode, a.Status, a.DueOn })
            .ToListAsync(ct);
        var visible = await towns.TownsForAsync(db.User, ct);
        return visible.Select(t =>
        {
            var own = rows.Where(r => MonitoringAccess.TownOf(r.RegionCode) == t.Code).ToList();
            return new TownAlertFigure(t.Code, t.Name, own.Count(r => r.Status != AlertStatus.Closed), own.Count(r => r.Status != AlertStatus.Closed && r.DueOn < today),
                own.Count(r => r.Status == AlertStatus.Closed));
        }).ToList();
    }
}
