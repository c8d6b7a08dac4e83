using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Indicators;
using Minzheng.WorkPlan.Data;
using Minzheng.WorkPlan.Domain;

namespace Minzheng.WorkPlan.Features.Shared;

/// <summary>A target's value on a day and where it came from (a module's indicator, or the approved report it rests on).</summary>
internal sealed record TargetValue(decimal? Value, string Source, Guid? ReportId);

/// <summary>
/// Reads targets' values as of a day: bound targets from the publishing module's live indicator (a flow counted from
/// the plan's start, a level in force that day), manual targets from the latest approved report dated on or before it.
/// </summary>
internal sealed class TargetValues(WorkPlanDbContext db, IndicatorRegistry indicators)
{
    public async Task<Dictionary<Guid, TargetValue>> ReadAsync(Plan plan, IReadOnlyList<PlanTarget> targets, DateOnly day, CancellationToken ct = default)
    {
        var asOf = Cap(plan, day);
        var result = new Dictionary<Guid, TargetValue>();
        var manualIds = targets.Where(t => t.IsManual).Select(t => t.Id).ToList();
        var approved = await db.Reports.AsNoTracking()
            .Where(r => manualIds.Contains(r.TargetId) && r.Status == ReportStatus.Approved && r.AsOf <= asOf)
            .Select(r => new { r.Id, r.TargetId, r.Value, r.AsOf, r.ReviewedAt })
            .ToListAsync(ct);
        foreach (var target in targets)
        {
            if (target.IsManual)
            {
                var latest = approved.Where(r => r.TargetId == target.Id).OrderBy(r => r.AsOf).ThenBy(r => r.ReviewedAt).LastOrDefault();
                result[target.Id] = new TargetValue(latest?.Value, latest is null ? "填报（暂无审核通过的填报）" : $"填报（截至 {latest.AsOf:yyyy-MM-dd}，已审核）", latest?.Id);
            }
            else
            {
                var values = await indicators.ReadAsync(target.IndicatorKey!, new IndicatorPeriod(plan.StartsOn, asOf), [plan.RegionCode], ct);
                result[target.Id] = new TargetValue(values[plan.RegionCode], $"实时指标 {indicators.Find(target.IndicatorKey!)?.Name}（{target.IndicatorKey}）", null);
            }
        }

        return result;
    }

    /// <summary>Values are read within the plan's period: a 2022 plan looked at in 2026 shows where it stood at the end of 2022.</summary>
    public static DateOnly Cap(Plan plan, DateOnly day) => day > plan.EndsOn ? plan.EndsOn : day < plan.StartsOn ? plan.StartsOn : day;
}
