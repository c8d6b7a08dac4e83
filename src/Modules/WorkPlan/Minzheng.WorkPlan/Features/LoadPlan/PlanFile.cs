namespace Minzheng.WorkPlan.Features.LoadPlan;

/// <summary>
/// The plan file (plans/YEAR.json): a year's plan as data. Every field is nullable here so that a missing one is
/// reported by name rather than defaulted.
/// </summary>
internal sealed record PlanFile
{
    public int? Year { get; init; }

    public string? Region { get; init; }

    public string? Title { get; init; }

    public string? Source { get; init; }

    public DateOnly? Start { get; init; }

    public DateOnly? End { get; init; }

    public List<PartFile>? Parts { get; init; }
}

internal sealed record PartFile
{
    public int? Number { get; init; }

    public string? Title { get; init; }

    public List<PointFile>? Points { get; init; }
}

internal sealed record PointFile
{
    public int? Number { get; init; }

    public string? Title { get; init; }

    public string? Text { get; init; }

    public string? Unit { get; init; }

    public string? Leader { get; init; }

    public List<TargetFile>? Targets { get; init; }
}

internal sealed record TargetFile
{
    public string? Key { get; init; }

    public string? Name { get; init; }

    /// <summary>A published indicator key; absent for a target fed by progress reports.</summary>
    public string? Indicator { get; init; }

    public decimal? Value { get; init; }

    public string? Unit { get; init; }

    /// <summary>"atLeast" (default) or "atMost".</summary>
    public string? Direction { get; init; }

    public DateOnly? Deadline { get; init; }

    /// <summary>"none" (default) or "linear".</summary>
    public string? Pace { get; init; }

    public List<MilestoneFile>? Milestones { get; init; }
}

internal sealed record MilestoneFile
{
    public DateOnly? Date { get; init; }

    public decimal? Value { get; init; }
}
