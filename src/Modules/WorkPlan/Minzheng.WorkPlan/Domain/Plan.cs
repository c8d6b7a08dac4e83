using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.WorkPlan.Domain;

/// <summary>A year's 工作要点 of a region's bureau, loaded from its plan file.</summary>
[RegionWide]
internal sealed class Plan : IAudited, IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public int Year { get; set; }

    public string Title { get; set; } = string.Empty;

    /// <summary>The bureau's region (the district): who may read the plan and over which towns it breaks down.</summary>
    public string RegionCode { get; set; } = string.Empty;

    public string? Source { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    /// <summary>SM3 of the plan file, so loading the same file again changes nothing.</summary>
    public string Checksum { get; set; } = string.Empty;

    public DateTime LoadedAt { get; set; }

    public string LoadedBy { get; set; } = string.Empty;

    public List<PlanPart> Parts { get; set; } = [];

    public List<PlanPoint> Points { get; set; } = [];

    public List<PlanTarget> Targets { get; set; } = [];

    string IAudited.AuditId => Id.ToString();

    string? IAudited.AuditRegion => RegionCode;
}
