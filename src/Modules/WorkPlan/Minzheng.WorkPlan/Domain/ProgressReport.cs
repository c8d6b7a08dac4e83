using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.WorkPlan.Domain;

/// <summary>A reported value of a manual target, with its evidence; counts only once a district officer approves it.</summary>
[RegionWide]
internal sealed class ProgressReport : IAudited, IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid TargetId { get; set; }

    /// <summary>The plan's region, denormalised so the region filter needs no join.</summary>
    public string RegionCode { get; set; } = string.Empty;

    public decimal Value { get; set; }

    public DateOnly AsOf { get; set; }

    public string Note { get; set; } = string.Empty;

    public string EvidenceName { get; set; } = string.Empty;

    public string EvidenceType { get; set; } = string.Empty;

    [ProtectedField] // kept out of the audit trail; its SM3 is recorded instead
    public byte[] Evidence { get; set; } = [];

    public string EvidenceSm3 { get; set; } = string.Empty;

    public string ReportedBy { get; set; } = string.Empty;

    public DateTime ReportedAt { get; set; }

    public ReportStatus Status { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTime? ReviewedAt { get; set; }

    public string? ReviewNote { get; set; }

    public int Version { get; set; }

    string IAudited.AuditId => Id.ToString();

    string? IAudited.AuditRegion => RegionCode;
}

public enum ReportStatus
{
    Pending,
    Approved,
    Rejected,
}
