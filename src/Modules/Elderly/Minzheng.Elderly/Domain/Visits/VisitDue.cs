namespace Minzheng.Elderly.Domain.Visits;

/// <summary>When an elder's next visit is due under their plan: a week, a month or a quarter after the last one (or the plan's start).</summary>
internal static class VisitDue
{
    public static DateOnly Next(VisitPlan plan, DateOnly? lastVisit)
    {
        var from = lastVisit is { } last && last >= plan.StartsOn ? last : plan.StartsOn;
        return plan.Risk switch
        {
            VisitRisk.High => from.AddDays(7),
            VisitRisk.Key => from.AddMonths(1),
            _ => from.AddMonths(3),
        };
    }
}
