using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.Elderly.Domain.Services;

internal enum InspectionResult
{
    /// <summary>合格.</summary>
    Pass,

    /// <summary>限期整改: findings to put right by a date.</summary>
    Rectify,

    /// <summary>停业整顿: stop admitting until put right.</summary>
    Suspend,
}

/// <summary>
/// A safety inspection of an institution (消防、食品、设施设备…): when, by whom, the result, what was found, the deadline
/// to put it right and when it was.
/// </summary>
internal sealed class SafetyInspection : IAudited, IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid ProviderId { get; set; }

    /// <summary>The provider's region, so towns see the inspections of their own institutions.</summary>
    public string RegionCode { get; set; } = string.Empty;

    public DateOnly InspectedOn { get; set; }

    public string Inspector { get; set; } = string.Empty;

    public InspectionResult Result { get; set; }

    public string Findings { get; set; } = string.Empty;

    public DateOnly? RectifyBy { get; set; }

    public DateOnly? RectifiedOn { get; set; }

    public string RectificationNote { get; set; } = string.Empty;

    public string RecordedBy { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Findings still to put right (a 限期整改 or 停业整顿 not yet rectified).</summary>
    public bool Open => Result != InspectionResult.Pass && RectifiedOn is null;

    string IAudited.AuditId => Id.ToString();

    string? IAudited.AuditRegion => RegionCode;
}

internal static class InspectionLabels
{
    public static string Of(InspectionResult result) => result switch
    {
        InspectionResult.Pass => "合格",
        InspectionResult.Rectify => "限期整改",
        _ => "停业整顿",
    };
}
