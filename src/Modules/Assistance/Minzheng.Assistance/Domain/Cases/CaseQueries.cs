using System.Linq.Expressions;

namespace Minzheng.Assistance.Domain.Cases;

/// <summary>The case rules that lists and screenings filter on, as expressions the database runs.</summary>
internal static class CaseQueries
{
    /// <summary>
    /// Not past a time-limited recognition's last day (刚性支出困难, ≤ 12 months): after <see cref="AssistanceCase.ValidUntil"/>
    /// the household is no longer covered (monitoring, the 漏保 screening).
    /// </summary>
    public static Expression<Func<AssistanceCase, bool>> ValidOn(DateOnly day) => c => c.ValidUntil == null || c.ValidUntil >= day;

    /// <summary>The database side of <see cref="AssistanceCase.IsOverdue"/>: the step's deadline, the whole case's limit while open, owed paperwork.</summary>
    public static Expression<Func<AssistanceCase, bool>> OverdueOn(DateOnly today) => c =>
        (c.DueOn != null && c.DueOn < today)
        || (c.TotalDueOn != null && c.TotalDueOn < today && CaseWorkflow.OpenStatuses.Contains(c.Status))
        || (c.PaperworkDueOn != null && c.PaperworkDueOn < today);
}
