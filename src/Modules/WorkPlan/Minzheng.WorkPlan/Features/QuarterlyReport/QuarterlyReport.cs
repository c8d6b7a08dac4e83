using Minzheng.WorkPlan.Features.ViewProgress;

namespace Minzheng.WorkPlan.Features.QuarterlyReport;

/// <summary>The plan evaluated at a quarter's end (or today, for the quarter in progress), with each manual target's approved evidence.</summary>
internal sealed record QuarterlyReport(int Year, int Quarter, DateOnly AsOf, PlanProgress Progress, IReadOnlyDictionary<Guid, IReadOnlyList<string>> Evidence)
{
    public string Title => $"{Progress.Title}第{"一二三四"[Quarter - 1]}季度进展情况";
}
