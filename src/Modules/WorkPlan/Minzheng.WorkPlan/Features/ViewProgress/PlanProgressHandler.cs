using Minzheng.Platform.Data;
using Minzheng.WorkPlan.Data;
using Minzheng.WorkPlan.Domain;
using Minzheng.WorkPlan.Features.Shared;

namespace Minzheng.WorkPlan.Features.ViewProgress;

/// <summary>Every part, point and target of a year's plan with its value and status on a day (today by default).</summary>
internal sealed class PlanProgressHandler(WorkPlanDbContext db, TargetValues values, TimeProvider clock)
{
    public async Task<PlanProgress> HandleAsync(int year, DateOnly? asOf = null, CancellationToken ct = default)
    {
        var plan = await db.PlanAsync(year, ct);
        var day = asOf ?? clock.Today();
        var read = await values.ReadAsync(plan, plan.Targets, day, ct);
        var targets = plan.Targets.OrderBy(t => t.Position).Select(t => Evaluate(plan, t, read[t.Id], day)).ToList();
        var points = plan.Points.OrderBy(p => p.Number).Select(p =>
        {
            var own = targets.Where(t => t.PointNumber == p.Number).ToList();
            return new PointProgress(p.Number, p.PartNumber, p.Title, p.Text, p.ResponsibleUnit, p.Leader, Average(own), Worst(own), own);
        }).ToList();
        var parts = plan.Parts.OrderBy(p => p.Number).Select(part =>
        {
            var own = points.Where(p => p.PartNumber == part.Number).ToList();
            var ownTargets = own.SelectMany(p => p.Targets).ToList();
            return new PartProgress(part.Number, part.Title, Average(ownTargets), Worst(ownTargets), own);
        }).ToList();
        var counts = Enum.GetValues<TargetStatus>().ToDictionary(s => s, s => targets.Count(t => t.Status == s));
        return new PlanProgress(plan.Year, plan.Title, plan.RegionCode, plan.Source, day, Average(targets) ?? 0, counts, parts);
    }

    public static TargetProgress Evaluate(Plan plan, PlanTarget t, TargetValue value, DateOnly day)
    {
        var e = TargetEvaluator.Evaluate(t, value.Value, plan.StartsOn, day);
        return new TargetProgress(t.Id, t.Key, t.PointNumber, t.Name, t.IndicatorKey, t.IsManual, t.TargetValue, t.Unit, t.Direction, t.Deadline,
            value.Value, value.Source, e.Expected, e.Percent, e.Status, e.Status.Chinese(), e.Reason);
    }

    private static decimal? Average(List<TargetProgress> targets) =>
        targets.Count == 0 ? null : Math.Round(targets.Average(t => t.Percent), 1, MidpointRounding.AwayFromZero);

    private static TargetStatus? Worst(List<TargetProgress> targets) =>
        targets.Count == 0 ? null : targets.Min(t => t.Status);
}
