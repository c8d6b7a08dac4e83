using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.Elderly.Domain.Services;

/// <summary>
/// 助餐登记: an elder registered to dine at a meal point from a day until ended. While open, the elder is that meal
/// point's client: its account records the elder's meals.
/// </summary>
internal sealed class MealEnrolment : IAudited, IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PersonId { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    public Guid ProviderId { get; set; }

    public DateOnly Since { get; set; }

    public DateOnly? EndedOn { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }

    string IAudited.AuditId => Id.ToString();

    string? IAudited.AuditRegion => RegionCode;
}
