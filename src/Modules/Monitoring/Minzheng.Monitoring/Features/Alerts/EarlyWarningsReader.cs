using Microsoft.EntityFrameworkCore;
using Minzheng.Monitoring.Contracts;
using Minzheng.Monitoring.Data;
using Minzheng.Monitoring.Domain;
using Minzheng.Monitoring.Features.Shared;

namespace Minzheng.Monitoring.Features.Alerts;

/// <summary>Open early warnings (medical burden), the latest per household, for the 漏保 screening.</summary>
internal sealed class EarlyWarningsReader(MonitoringDbContext db) : IEarlyWarnings
{
    public async Task<IReadOnlyList<EarlyWarning>> OpenAsync(string? regionPrefix, CancellationToken ct = default)
    {
        var prefix = regionPrefix?.Trim() ?? string.Empty;
        var open = await db.Alerts.AsNoTracking()
            .Where(a => a.Kind == AlertKind.EarlyWarning && a.Status != AlertStatus.Closed && EF.Functions.Like(a.RegionCode, prefix + "%"))
            .Select(a => new { a.HouseholdId, a.RegionCode, a.Rule, a.Value, a.Period })
            .ToListAsync(ct);
        return open.GroupBy(a => a.HouseholdId).Select(g => g.MaxBy(a => a.Period)!)
            .Select(a => new EarlyWarning(a.HouseholdId, a.RegionCode, $"支出型预警：{Labels.Rule(a.Rule)}（{a.Period} 比对 {a.Value} 元）"))
            .ToList();
    }
}
