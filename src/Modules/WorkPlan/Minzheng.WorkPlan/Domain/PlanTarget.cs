using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.WorkPlan.Domain;

/// <summary>
/// A quantitative target of a point: bound to a module's live indicator (<see cref="IndicatorKey"/>), or, where no
/// module keeps the data, fed by approved progress reports.
/// </summary>
[RegionWide]
internal sealed class PlanTarget : IAudited, IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PlanId { get; set; }

    public int PointNumber { get; set; }

    /// <summary>The plan's region, denormalised so the region filter needs no join.</summary>
    public string RegionCode { get; set; } = string.Empty;

    /// <summary>Stable within the plan (the file's key), so a revised file keeps the reports of an unchanged target.</summary>
    public string Key { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>Order in the plan file, so targets are listed as the plan lists them.</summary>
    public int Position { get; set; }

    public string? IndicatorKey { get; set; }

    public decimal TargetValue { get; set; }

    public string Unit { get; set; } = string.Empty;

    public TargetDirection Direction { get; set; }

    public DateOnly Deadline { get; set; }

    public TargetPace Pace { get; set; }

    public List<Milestone> Milestones { get; set; } = [];

    public bool IsManual => IndicatorKey is null;

    string IAudited.AuditId => Id.ToString();

    string? IAudited.AuditRegion => RegionCode;
}

/// <summary>Whether the target is reached by reaching the value (≥) or by staying at or under it (≤, e.g. 0 risks left).</summary>
public enum TargetDirection
{
    AtLeast,
    AtMost,
}

/// <summary>How progress is expected between milestones: not at all (a level or a one-off), or evenly over the plan's year.</summary>
internal enum TargetPace
{
    None,
    Linear,
}

/// <summary>A value the target should have reached by a date (e.g. half of the beds by 30 June).</summary>
internal sealed class Milestone
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TargetId { get; set; }

    public DateOnly Date { get; set; }

    public decimal Value { get; set; }
}
