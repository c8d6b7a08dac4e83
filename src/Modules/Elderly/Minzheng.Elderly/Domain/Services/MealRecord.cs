using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.Elderly.Domain.Services;

/// <summary>
/// 助餐: the meals an elder took at a meal point on a day, and the subsidy they earn (per meal, by setting). Each record
/// goes to the ledger with the elder only as a salted commitment. One record per elder, meal point and day.
/// </summary>
internal sealed class MealRecord : IAudited, IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PersonId { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    public Guid ProviderId { get; set; }

    public DateOnly ServedOn { get; set; }

    /// <summary>1–3 (breakfast, lunch, dinner).</summary>
    public int Meals { get; set; }

    public long SubsidyFen { get; set; }

    public string Salt { get; set; } = string.Empty;

    public string Commitment { get; set; } = string.Empty;

    public string RecordedBy { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }

    string IAudited.AuditId => Id.ToString();

    string? IAudited.AuditRegion => RegionCode;
}
