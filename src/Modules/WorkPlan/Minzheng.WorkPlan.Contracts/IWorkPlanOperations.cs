namespace Minzheng.WorkPlan.Contracts;

/// <summary>What the hosts do with work plans as the system (first start, `mz workplan load|status`).</summary>
public interface IWorkPlanOperations
{
    /// <summary>Loads or updates a year's plan from its file, whole or not at all.</summary>
    Task<PlanLoaded> LoadAsync(byte[] file, CancellationToken ct = default);

    /// <summary>Loads each shipped plan whose year the region has no plan for yet; a plan already there (perhaps revised) is left alone.</summary>
    Task<IReadOnlyList<PlanLoaded>> EnsureShippedPlansAsync(CancellationToken ct = default);

    /// <summary>Every target of a year's plan with its value and status on a day (today when null).</summary>
    Task<PlanStatus> StatusAsync(int year, DateOnly? asOf, CancellationToken ct = default);
}

public enum PlanLoadOutcome
{
    Created,
    Updated,
    Unchanged,
}

public sealed record PlanLoaded(int Year, string Title, int Parts, int Points, int Targets, PlanLoadOutcome Outcome);

/// <summary>A plan's progress as text for an operator: one line per target, the overall percent, counts by status.</summary>
public sealed record PlanStatus(string Title, DateOnly AsOf, decimal Percent, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<PlanStatusLine> Targets);

/// <summary>One target: its point, name, current value, goal ("≥95%"), status and why.</summary>
public sealed record PlanStatusLine(int Point, string Name, string Value, string Goal, string Status, string Reason);
