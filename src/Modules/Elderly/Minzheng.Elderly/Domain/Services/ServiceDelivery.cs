using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.Elderly.Domain.Services;

/// <summary>
/// One door-to-door service visit (上门服务): who served whom, what, from when to when, how it was rated, and the subsidy
/// it earns (by setting). Each goes to the ledger with the elder only as a salted commitment.
/// </summary>
public sealed class ServiceDelivery : IAudited, IRegionOwned
{
    public static readonly IReadOnlyList<string> ServiceItems = ["生活照料", "助浴", "助洁", "助餐", "康复护理", "健康监测", "精神慰藉"];

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PersonId { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    public Guid ProviderId { get; set; }

    public Guid? BedId { get; set; }

    /// <summary>The order this visit fulfils, when it was ordered.</summary>
    public Guid? OrderId { get; set; }

    /// <summary>The photo's file name when one was taken (the bytes are a <see cref="DeliveryPhoto"/>).</summary>
    public string? PhotoName { get; set; }

    /// <summary>Comma-separated, from <see cref="ServiceItems"/>.</summary>
    public string Items { get; set; } = string.Empty;

    public string Staff { get; set; } = string.Empty;

    /// <summary>Check-in and check-out as UTC instants (entered and shown in Asia/Shanghai time).</summary>
    public DateTime CheckInUtc { get; set; }

    public DateTime CheckOutUtc { get; set; }

    /// <summary>1–5 by the elder or the family; null when not given.</summary>
    public int? Rating { get; set; }

    public long SubsidyFen { get; set; }

    public string Salt { get; set; } = string.Empty;

    public string Commitment { get; set; } = string.Empty;

    public string RecordedBy { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }

    string IAudited.AuditId => Id.ToString();

    string? IAudited.AuditRegion => RegionCode;
}
