using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Errors;
using Minzheng.WorkPlan.Data;
using Minzheng.WorkPlan.Domain;

namespace Minzheng.WorkPlan.Features.Shared;

/// <summary>Finds plans and targets within the user's regions (the context's filter), or says 404.</summary>
internal static class PlanLookup
{
    public static async Task<Plan> PlanAsync(this WorkPlanDbContext db, int year, CancellationToken ct)
    {
        // A user overlapping several bureaus' plans reads the one nearest to them: the longest region code.
        var plans = await db.Plans.AsNoTracking().Include(p => p.Parts).Include(p => p.Points).Include(p => p.Targets).ThenInclude(t => t.Milestones)
            .AsSplitQuery().Where(p => p.Year == year).ToListAsync(ct);
        return plans.OrderByDescending(p => p.RegionCode.Length).FirstOrDefault() ?? throw new NotFoundException($"没有 {year} 年的工作要点，或您无权查看");
    }

    public static async Task<(Plan Plan, PlanTarget Target)> TargetAsync(this WorkPlanDbContext db, Guid targetId, CancellationToken ct)
    {
        var target = await db.Targets.AsNoTracking().Include(t => t.Milestones).FirstOrDefaultAsync(t => t.Id == targetId, ct)
            ?? throw new NotFoundException("指标不存在或无权查看");
        var plan = await db.Plans.AsNoTracking().Include(p => p.Points).FirstAsync(p => p.Id == target.PlanId, ct);
        return (plan, target);
    }

    public static async Task<IReadOnlyList<int>> YearsAsync(this WorkPlanDbContext db, CancellationToken ct) =>
        await db.Plans.AsNoTracking().Select(p => p.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
}
