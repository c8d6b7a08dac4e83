using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Services;
using Minzheng.Elderly.Features.Shared;
using Minzheng.Kernel.Regions;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Outbox;
using Minzheng.Platform.Security;
using Minzheng.Platform.Settings;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.HomeCare;

/// <summary>A service visit; with an order it closes that order; with a photo (JPG, PNG or PDF) it keeps it.</summary>
internal sealed record DeliveryRequest(Guid? ProviderId, IReadOnlyList<string>? Items, string? Staff, DateTime? CheckIn, DateTime? CheckOut, int? Rating, Guid? OrderId = null, PhotoUpload? Photo = null);

public sealed record DeliveryRow(Guid Id, string Provider, string Items, string Staff, DateTime CheckIn, DateTime CheckOut, int Minutes, int? Rating, long SubsidyFen, string EventKey, bool HasPhoto)
{
    public static DeliveryRow Of(ServiceDelivery d, string provider) =>
        new(d.Id, provider, d.Items, d.Staff, ShanghaiClock.ToShanghai(d.CheckInUtc), ShanghaiClock.ToShanghai(d.CheckOutUtc), (int)(d.CheckOutUtc - d.CheckInUtc).TotalMinutes,
            d.Rating, d.SubsidyFen, ServiceDeliveriesHandler.EventKey(d.Id), d.PhotoName is not null);
}

/// <summary>
/// 上门服务 visits: check-in/out, items, staff, rating, an optional photo and the order the visit closes; each earns the
/// subsidy in force and goes to the ledger with the elder only as a salted commitment. Staff record for elders in their
/// regions; a provider's workspace records for its own clients through <see cref="RecordDeliveryForAsync"/>.
/// </summary>
internal sealed class ServiceDeliveriesHandler(ElderlyDbContext db, IPersonDirectory persons, IMemberIdentities identities, SettingsReader settings, TimeProvider clock)
{
    public async Task<DeliveryRow> RecordDeliveryAsync(Guid personId, DeliveryRequest request, CancellationToken ct = default)
    {
        var person = await persons.PersonToRecordAsync(db.User, personId, "登记上门服务", ct);
        var provider = request.ProviderId is { } pid ? await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, ct) : null;
        return await RecordDeliveryForAsync(person, provider, request, ct);
    }

    /// <summary>Records a visit once the caller has checked who may record it for whom (staff in their regions, or a provider for its client).</summary>
    public async Task<DeliveryRow> RecordDeliveryForAsync(PersonSnapshot person, Provider? provider, DeliveryRequest request, CancellationToken ct = default)
    {
        var personId = person.Id;
        var items = (request.Items ?? []).Select(i => i.Trim()).Distinct().ToList();
        var staff = request.Staff?.Trim() ?? string.Empty;
        var now = clock.GetUtcNow().UtcDateTime;
        DateTime? inUtc = request.CheckIn is { } ci ? ShanghaiClock.FromShanghai(ci) : null;
        DateTime? outUtc = request.CheckOut is { } co ? ShanghaiClock.FromShanghai(co) : null;
        var errors = new FieldErrors();
        if (provider is null)
        {
            errors.Add("providerId", "请选择服务机构");
        }

        if (items.Count == 0 || items.Any(i => !ServiceDelivery.ServiceItems.Contains(i)))
        {
            errors.Add("items", $"请选择服务项目：{string.Join("、", ServiceDelivery.ServiceItems)}");
        }

        if (staff.Length is < 2 or > 50)
        {
            errors.Add("staff", "请填写服务人员姓名");
        }

        if (inUtc is not { } checkIn || outUtc is not { } checkOut || checkOut <= checkIn)
        {
            errors.Add("checkOut", "请填写签到、签退时间，签退须晚于签到");
        }
        else if (checkOut > now)
        {
            errors.Add("checkOut", "签退时间不能晚于现在");
        }
        else if (checkOut - checkIn > TimeSpan.FromHours(12))
        {
            errors.Add("checkOut", "一次上门服务不超过 12 小时");
        }

        if (request.Rating is { } r && r is < 1 or > 5)
        {
            errors.Add("rating", "评价为 1–5 星");
        }

        ServiceOrder? order = null;
        if (request.OrderId is { } orderId && provider is not null)
        {
            order = await db.Orders.FirstOrDefaultAsync(o => o.Id == orderId && o.PersonId == personId && o.ProviderId == provider.Id, ct);
            if (order is null)
            {
                errors.Add("orderId", "工单不存在，或不是该老人在该机构的工单");
            }
        }

        (string Name, byte[] Bytes)? photo = null;
        if (!string.IsNullOrEmpty(request.Photo?.Base64))
        {
            try
            {
                photo = PhotoUploads.Read(request.Photo, "服务照片");
            }
            catch (InputValidationException e)
            {
                errors.AddAll(e);
            }
        }

        errors.ThrowIfAny();

        if (order is { Status: not OrderStatus.Open })
        {
            throw new BusinessRuleException("该工单已完成或已取消");
        }

        var day = DateOnly.FromDateTime(ShanghaiClock.ToShanghai(inUtc!.Value));
        var bed = await db.Beds.AsNoTracking().FirstOrDefaultAsync(b => b.PersonId == personId && b.StartsOn <= day && (b.EndedOn == null || b.EndedOn >= day), ct);
        var idNumber = await identities.IdNumberOfAsync(personId, "上门服务记入服务链：受益人承诺值", ct) ?? throw new NotFoundException();
        var commitment = BeneficiaryCommitment.Create(idNumber);
        var delivery = new ServiceDelivery
        {
            PersonId = personId, RegionCode = person.RegionCode, ProviderId = provider!.Id, BedId = bed?.Id, Items = string.Join("、", items), Staff = staff,
            CheckInUtc = inUtc.Value, CheckOutUtc = outUtc!.Value, Rating = request.Rating,
            SubsidyFen = await settings.RequireLongAsync("elderly.service.subsidy_fen", RegionCode.Parse(person.RegionCode), day, ct),
            Salt = commitment.SaltHex, Commitment = commitment.CommitmentHex, OrderId = order?.Id, PhotoName = photo?.Name,
            RecordedBy = db.User.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Deliveries.Add(delivery);
        if (photo is { } p)
        {
            db.DeliveryPhotos.Add(new DeliveryPhoto { DeliveryId = delivery.Id, Name = p.Name, Bytes = p.Bytes });
        }

        if (order is not null)
        {
            order.Status = OrderStatus.Done;
            order.DeliveryId = delivery.Id;
        }

        db.Outbox.Add(Event(delivery, provider.Name));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (order is not null)
        {
            throw new BusinessRuleException("该工单已由另一次服务完成");
        }

        return DeliveryRow.Of(delivery, provider.Name);
    }

    /// <summary>The photo of a visit within the user's regions.</summary>
    public async Task<(string Name, byte[] Bytes)> PhotoAsync(Guid deliveryId, CancellationToken ct = default)
    {
        _ = await db.Deliveries.AsNoTracking().FirstOrDefaultAsync(d => d.Id == deliveryId, ct) ?? throw new NotFoundException("服务记录不存在或不在您的管辖范围内");
        return await PhotoOfAsync(deliveryId, ct);
    }

    /// <summary>The photo of a visit the caller has already found within its scope.</summary>
    public async Task<(string Name, byte[] Bytes)> PhotoOfAsync(Guid deliveryId, CancellationToken ct = default)
    {
        var photo = await db.DeliveryPhotos.AsNoTracking().FirstOrDefaultAsync(p => p.DeliveryId == deliveryId, ct) ?? throw new NotFoundException("该次服务没有照片");
        return (photo.Name, photo.Bytes);
    }

    public static string EventKey(Guid id) => $"elderly.service:{id}";

    /// <summary>The service as a ledger event: provider, items, time and subsidy in clear; the elder only as a commitment.</summary>
    private static OutboxMessage Event(ServiceDelivery d, string provider) => new()
    {
        EventType = "elderly.service",
        IdempotencyKey = EventKey(d.Id),
        CreatedAtUtc = d.CreatedAtUtc,
        Payload = JsonSerializer.Serialize(new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["beneficiary"] = d.Commitment,
            ["date"] = ShanghaiClock.ToShanghai(d.CheckInUtc).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["delivery"] = d.Id.ToString("N"),
            ["items"] = d.Items,
            ["minutes"] = (int)(d.CheckOutUtc - d.CheckInUtc).TotalMinutes,
            ["provider"] = provider,
            ["subsidyFen"] = d.SubsidyFen,
            ["town"] = d.RegionCode[..Math.Min(9, d.RegionCode.Length)],
        }),
    };
}
