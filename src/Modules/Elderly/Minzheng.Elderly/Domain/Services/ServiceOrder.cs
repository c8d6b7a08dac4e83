using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.Elderly.Domain.Services;

public enum OrderStatus
{
    Open,
    Done,
    Cancelled,
}

/// <summary>
/// A door-to-door service order (上门服务工单): the town asks a provider to serve an elder (items, by a date); the provider
/// sees it in its workspace and closes it by recording the visit. While open, the elder is that provider's client.
/// </summary>
public sealed class ServiceOrder : IAudited, IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PersonId { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    public Guid ProviderId { get; set; }

    /// <summary>Comma-separated, from <see cref="ServiceDelivery.ServiceItems"/>.</summary>
    public string Items { get; set; } = string.Empty;

    public DateOnly DueOn { get; set; }

    public string Note { get; set; } = string.Empty;

    public OrderStatus Status { get; set; }

    public Guid? DeliveryId { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }

    string IAudited.AuditId => Id.ToString();

    string? IAudited.AuditRegion => RegionCode;
}

/// <summary>A photo taken at a service visit, kept apart from the visit row so lists stay light.</summary>
internal sealed class DeliveryPhoto
{
    public Guid DeliveryId { get; set; }

    public string Name { get; set; } = string.Empty;

    public byte[] Bytes { get; set; } = [];
}
