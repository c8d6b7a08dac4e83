using Minzheng.WorkPlan.Domain;

namespace Minzheng.WorkPlan.Features.ViewProgress;

/// <summary>The plan as the dashboard and GET /api/workplan/plans/{year} show it, evaluated on <see cref="AsOf"/>.</summary>
public sealed record PlanProgress(
    int Year, string Title, string RegionCode, string? Source, DateOnly AsOf, decimal Percent, IReadOnlyDictionary<TargetStatus, int> Counts,
    IReadOnlyList<PartProgress> Parts)
{
    public IEnumerable<PointProgress> Points => Parts.SelectMany(p => p.Points);

    public IEnumerable<TargetProgress> Targets => Points.SelectMany(p => p.Targets);
}

public sealed record PartProgress(int Number, string Title, decimal? Percent, TargetStatus? Status, IReadOnlyList<PointProgress> Points);

/// <summary>A point; <see cref="Status"/> is its worst target's, null for a qualitative point without targets.</summary>
public sealed record PointProgress(
    int Number, int PartNumber, string Title, string Text, string ResponsibleUnit, string Leader, decimal? Percent, TargetStatus? Status,
    IReadOnlyList<TargetProgress> Targets);

public sealed record TargetProgress(
    Guid Id, string Key, int PointNumber, string Name, string? IndicatorKey, bool Manual, decimal TargetValue, string Unit, TargetDirection Direction,
    DateOnly Deadline, decimal? Value, string ValueSource, decimal? Expected, decimal Percent, TargetStatus Status, string StatusText, string Reason);
