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

public sealed record OpenBedRequest(Guid? ProviderId, string? AgreementNo, DateOnly? StartsOn, IReadOnlyList<string>? FitOut);

public sealed record EndBedRequest(DateOnly? EndedOn);

/// <summary>A service visit; with an order it closes that order; with a photo (JPG, PNG or PDF) it keeps it.</summary>
public sealed record DeliveryRequest(Guid? ProviderId, IReadOnlyList<string>? Items, string? Staff, DateTime? CheckIn, DateTime? CheckOut, int? Rating, Guid? OrderId = null, PhotoUpload? Photo = null);

public sealed record BedRow(Guid Id, string Provider, string AgreementNo, DateOnly StartsOn, DateOnly? EndedOn, IReadOnlyList<string> FitOut);

public sealed record DeliveryRow(Guid Id, string Provider, string Items, string Staff, DateTime CheckIn, DateTime CheckOut, int Minutes, int? Rating, long SubsidyFen, string EventKey, bool HasPhoto)
{
    public static DeliveryRow Of(ServiceDelivery d, string provider) =>
        new(d.Id, provider, d.Items, d.Staff, ShanghaiClock.ToShanghai(d.CheckInUtc), ShanghaiClock.ToShanghai(d.CheckOutUtc), (int)(d.CheckOutUtc - d.CheckInUtc).TotalMinutes,
            d.Rating, d.SubsidyFen, HomeCareHandler.EventKey(d.Id), d.PhotoName is not null);
}

public sealed record HomeCareView(BedRow? OpenBed, IReadOnlyList<BedRow> Beds, IReadOnlyList<DeliveryRow> Deliveries, IReadOnlyList<ServiceOrders.OrderRow> Orders);

/// <summary>
/// 家庭养老床位 and 上门服务 for one elder: a bed opened with a provider (one at a time) and ended; service visits with
/// check-in/out, items, staff and rating, each earning the subsidy in force and going to the ledger, the elder only as a
/// salted commitment.
/// </summary>
internal sealed class HomeCareHandler(ElderlyDbContext db, IPersonDirectory persons, IMemberIdentities identities, SettingsReader settings, TimeProvider clock)
{
    public async Task<HomeCareView> ViewAsync(Guid personId, CancellationToken ct = default)
    {
        _ = await persons.FindAsync(personId, ct) ?? throw new NotFoundException("人员不存在或不在您的管辖范围内");
        var names = await db.Providers.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var beds = (await db.Beds.AsNoTracking().Where(b => b.PersonId == personId).OrderByDescending(b => b.StartsOn).ToListAsync(ct))
            .Select(b => new BedRow(b.Id, names.GetValueOrDefault(b.ProviderId, "?"), b.AgreementNo, b.StartsOn, b.EndedOn, Split(b.FitOut))).ToList();
        var deliveries = (await db.Deliveries.AsNoTracking().Where(d => d.PersonId == personId).OrderByDescending(d => d.CheckInUtc).Take(50).ToListAsync(ct))
            .Select(d => DeliveryRow.Of(d, names.GetValueOrDefault(d.ProviderId, "?"))).ToList();
        var today = clock.Today();
        var orders = (await db.Orders.AsNoTracking().Where(o => o.PersonId == personId).OrderByDescending(o => o.CreatedAtUtc).Take(20).ToListAsync(ct))
            .Select(o => ServiceOrders.OrderRow.Of(o, names.GetValueOrDefault(o.ProviderId, "?"), string.Empty, today)).ToList();
        return new HomeCareView(beds.FirstOrDefault(b => b.EndedOn is null), beds, deliveries, orders);
    }

    public async Task<BedRow> OpenBedAsync(Guid personId, OpenBedRequest request, CancellationToken ct = default)
    {
        var person = await persons.PersonToRecordAsync(db.User, personId, "开设家庭养老床位", ct);
        var provider = request.ProviderId is { } pid ? await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, ct) : null;
        var agreement = request.AgreementNo?.Trim() ?? string.Empty;
        var fitOut = (request.FitOut ?? []).Select(i => i.Trim()).Distinct().ToList();
        var today = clock.Today();
        var errors = new Dictionary<string, string[]>();
        if (provider is null)
        {
            errors["providerId"] = ["请选择签约服务机构"];
        }

        if (agreement.Length is < 2 or > 50)
        {
            errors["agreementNo"] = ["请填写服务协议编号"];
        }

        if (request.StartsOn is not { } starts || starts > today)
        {
            errors["startsOn"] = ["请填写建床日期（不能晚于今天）"];
        }

        if (fitOut.Any(i => !HomeCareBed.FitOutItems.Contains(i)))
        {
            errors["fitOut"] = [$"适老化配置只能从以下选择：{string.Join("、", HomeCareBed.FitOutItems)}"];
        }

        if (errors.Count > 0)
        {
            throw new InputValidationException(errors);
        }

        if (await db.Beds.AnyAsync(b => b.PersonId == personId && b.EndedOn == null, ct))
        {
            throw new BusinessRuleException("该老人已有在用的家庭养老床位，须先撤床");
        }

        var bed = new HomeCareBed
        {
            PersonId = personId, RegionCode = person.RegionCode, ProviderId = provider!.Id, AgreementNo = agreement, StartsOn = request.StartsOn!.Value,
            FitOut = string.Join(',', fitOut), RecordedBy = db.User.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Beds.Add(bed);
        await db.SaveChangesAsync(ct);
        return new BedRow(bed.Id, provider.Name, bed.AgreementNo, bed.StartsOn, null, fitOut);
    }

    public async Task EndBedAsync(Guid personId, EndBedRequest request, CancellationToken ct = default)
    {
        _ = await persons.PersonToRecordAsync(db.User, personId, "撤销家庭养老床位", ct);
        var bed = await db.Beds.FirstOrDefaultAsync(b => b.PersonId == personId && b.EndedOn == null, ct) ?? throw new BusinessRuleException("该老人没有在用的家庭养老床位");
        if (request.EndedOn is not { } ended || ended < bed.StartsOn || ended > clock.Today())
        {
            throw new InputValidationException("endedOn", "撤床日期须在建床日期之后、不晚于今天");
        }

        bed.EndedOn = ended;
        await db.SaveChangesAsync(ct);
    }

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
        var errors = new Dictionary<string, string[]>();
        if (provider is null)
        {
            errors["providerId"] = ["请选择服务机构"];
        }

        if (items.Count == 0 || items.Any(i => !ServiceDelivery.ServiceItems.Contains(i)))
        {
            errors["items"] = [$"请选择服务项目：{string.Join("、", ServiceDelivery.ServiceItems)}"];
        }

        if (staff.Length is < 2 or > 50)
        {
            errors["staff"] = ["请填写服务人员姓名"];
        }

        if (inUtc is not { } checkIn || outUtc is not { } checkOut || checkOut <= checkIn)
        {
            errors["checkOut"] = ["请填写签到、签退时间，签退须晚于签到"];
        }
        else if (checkOut > now)
        {
            errors["checkOut"] = ["签退时间不能晚于现在"];
        }
        else if (checkOut - checkIn > TimeSpan.FromHours(12))
        {
            errors["checkOut"] = ["一次上门服务不超过 12 小时"];
        }

        if (request.Rating is { } r && r is < 1 or > 5)
        {
            errors["rating"] = ["评价为 1–5 星"];
        }

        ServiceOrder? order = null;
        if (request.OrderId is { } orderId && provider is not null)
        {
            order = await db.Orders.FirstOrDefaultAsync(o => o.Id == orderId && o.PersonId == personId && o.ProviderId == provider.Id, ct);
            if (order is null)
            {
                errors["orderId"] = ["工单不存在，或不是该老人在该机构的工单"];
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
                foreach (var (field, messages) in e.Errors)
                {
                    errors[field] = messages;
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new InputValidationException(errors);
        }

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

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries);

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
