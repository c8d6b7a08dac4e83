using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.Monitoring.Domain;

/// <summary>
/// A household monitored without a social-assistance programme: 防止返贫监测对象 (anti_poverty) or 其他困难人员 (other),
/// recorded by the town. Households under 低保 etc. come from social assistance itself.
/// </summary>
internal sealed class MonitoredSubject : IAudited, IRegionOwned
{
    public Guid HouseholdId { get; set; }

    public string HouseholdNumber { get; set; } = string.Empty;

    public string RegionCode { get; set; } = string.Empty;

    /// <summary>anti_poverty or other.</summary>
    public string Category { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;

    public string AddedBy { get; set; } = string.Empty;

    public DateTime AddedAtUtc { get; set; }

    string IAudited.AuditId => HouseholdId.ToString();

    string? IAudited.AuditRegion => RegionCode;
}
