using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Services;
using Minzheng.Elderly.Features.Shared;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.HomeCare;

internal sealed record OpenBedRequest(Guid? ProviderId, string? AgreementNo, DateOnly? StartsOn, IReadOnlyList<string>? FitOut);

internal sealed record EndBedRequest(DateOnly? EndedOn);

internal sealed record BedRow(Guid Id, string Provider, string AgreementNo, DateOnly StartsOn, DateOnly? EndedOn, IReadOnlyList<string> FitOut);

internal sealed record HomeCareView(BedRow? OpenBed, IReadOnlyList<BedRow> Beds, IReadOnlyList<DeliveryRow> Deliveries, IReadOnlyList<ServiceOrders.OrderRow> Orders);

/// <summary>
/// 家庭养老床位 for one elder: a bed opened with a provider (one at a time) and ended; and the elder's home care at a
/// glance (beds, the latest visits and orders). Visits themselves are recorded by <see cref="ServiceDeliveriesHandler"/>.
/// </summary>
internal sealed class HomeCareHandler(ElderlyDbContext db, IPersonDirectory persons, TimeProvider clock)
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
        var errors = new FieldErrors();
        if (provider is null)
        {
            errors.Add("providerId", "请选择签约服务机构");
        }

        if (agreement.Length is < 2 or > 50)
        {
            errors.Add("agreementNo", "请填写服务协议编号");
        }

        if (request.StartsOn is not { } starts || starts > today)
        {
            errors.Add("startsOn", "请填写建床日期（不能晚于今天）");
        }

        if (fitOut.Any(i => !HomeCareBed.FitOutItems.Contains(i)))
        {
            errors.Add("fitOut", $"适老化配置只能从以下选择：{string.Join("、", HomeCareBed.FitOutItems)}");
        }

        errors.ThrowIfAny();

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

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
