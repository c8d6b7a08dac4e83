using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Platform.Indicators;
using Minzheng.Platform.Regions;
using Minzheng.WorkPlan.Data;
using Minzheng.WorkPlan.Domain;
using Minzheng.WorkPlan.Features.Shared;
using Minzheng.WorkPlan.Features.ViewProgress;

namespace Minzheng.WorkPlan.Features.ViewTarget;

internal sealed class TargetDetailHandler(WorkPlanDbContext db, TargetValues values, IndicatorRegistry indicators, IRegionDirectory regions, TimeProvider clock)
{
    public async Task<TargetDetail> HandleAsync(Guid targetId, CancellationToken ct = default)
    {
        var (plan, target) = await db.TargetAsync(targetId, ct);
        var today = clock.Today();
        var current = (await values.ReadAsync(plan, [target], today, ct))[target.Id];
        var progress = PlanProgressHandler.Evaluate(plan, target, current, today);
        var point = plan.Points.First(p => p.Number == target.PointNumber);
        var reports = await db.Reports.AsNoTracking().Where(r => r.TargetId == target.Id).OrderByDescending(r => r.ReportedAt).ToListAsync(ct);
        return new TargetDetail(
            plan.Year, point.Number, point.Title, progress, await TrendAsync(plan, target, today, ct), await TownsAsync(plan, target, today, ct),
            reports.Select(Row).ToList(),
            target.IsManual && WorkPlanRoles.MayReport(db.User, plan.RegionCode),
            target.IsManual && WorkPlanRoles.MayReview(db.User, plan.RegionCode));
    }

    private async Task<IReadOnlyList<TrendPoint>> TrendAsync(Plan plan, PlanTarget target, DateOnly today, CancellationToken ct)
    {
        var last = TargetValues.Cap(plan, today);
        var points = new List<TrendPoint>();
        for (var month = new DateOnly(plan.StartsOn.Year, plan.StartsOn.Month, 1); month <= last; month = month.AddMonths(1))
        {
            var end = month.AddMonths(1).AddDays(-1);
            var day = end > last ? last : end;
            var value = (await values.ReadAsync(plan, [target], day, ct))[target.Id].Value;
            points.Add(new TrendPoint($"{month.Month}月", day, value));
        }

        return points;
    }

    /// <summary>Per town for a regional indicator, only the towns inside the user's regions.</summary>
    private async Task<IReadOnlyList<TownValue>> TownsAsync(Plan plan, PlanTarget target, DateOnly today, CancellationToken ct)
    {
        if (target.IsManual || indicators.Find(target.IndicatorKey!) is not { Regional: true })
        {
            return [];
        }

        var towns = (await regions.ChildrenAsync(plan.RegionCode, ct)).Where(t => db.User.Allows(t.Code)).ToList();
        if (towns.Count == 0)
        {
            return [];
        }

        var read = await indicators.ReadAsync(target.IndicatorKey!, new IndicatorPeriod(plan.StartsOn, TargetValues.Cap(plan, today)), towns.Select(t => t.Code).ToList(), ct);
        return towns.Select(t =>
        {
            var e = TargetEvaluator.Evaluate(target, read[t.Code], plan.StartsOn, today);
            return new TownValue(t.Code, t.Name, read[t.Code], e.Status, e.Status.Chinese());
        }).ToList();
    }

    internal static ReportRow Row(ProgressReport r) => new(
        r.Id, r.Value, r.AsOf, r.Note, r.EvidenceName, r.EvidenceSm3, r.ReportedBy, r.ReportedAt, r.Status,
        r.Status switch { ReportStatus.Approved => "已通过", ReportStatus.Rejected => "已退回", _ => "待审核" },
        r.ReviewedBy, r.ReviewedAt, r.ReviewNote);
}
