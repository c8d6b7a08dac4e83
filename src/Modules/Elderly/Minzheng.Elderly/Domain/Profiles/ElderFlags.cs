using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.Elderly.Domain.Profiles;

/// <summary>The categories staff record for an elder (the others are derived), with who recorded them last.</summary>
internal sealed class ElderFlags : IAudited, IRegionOwned
{
    public Guid PersonId { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    public bool LeftBehind { get; set; }

    public bool SeverelyDisabled { get; set; }

    public bool FamilyPlanningSpecial { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    public DateTime RecordedAtUtc { get; set; }

    string IAudited.AuditId => PersonId.ToString();

    string? IAudited.AuditRegion => RegionCode;
}
