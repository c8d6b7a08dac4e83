using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.Elderly.Domain.Services;

/// <summary>
/// 家庭养老床位: an agreement between an elder and a provider to care for them at home as in a bed of an institution, with
/// the home fitted out for it. One open bed per elder; ended, it stays in the history.
/// </summary>
internal sealed class HomeCareBed : IAudited, IRegionOwned
{
    /// <summary>The fit-out items a home care bed needs (the checklist of the agreement).</summary>
    public static readonly IReadOnlyList<string> FitOutItems = ["护理床", "紧急呼叫设备", "智能监测设备", "防滑扶手", "坐便椅"];

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PersonId { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    public Guid ProviderId { get; set; }

    public string AgreementNo { get; set; } = string.Empty;

    public DateOnly StartsOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    /// <summary>Fit-out items done, comma-separated (from <see cref="FitOutItems"/>).</summary>
    public string FitOut { get; set; } = string.Empty;

    public string RecordedBy { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }

    string IAudited.AuditId => Id.ToString();

    string? IAudited.AuditRegion => RegionCode;
}
