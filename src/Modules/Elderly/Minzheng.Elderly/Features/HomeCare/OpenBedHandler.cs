using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Services;
using Minzheng.Elderly.Features.Shared;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.HomeCare;

internal sealed record OpenBedRequest(Guid? ProviderId, string? AgreementNo, DateOnly? StartsOn, IReadOnlyList<string>? FitOut);

/// <summary>
/// Opens a 家庭养老床位 with a provider: one open bed per elder, an agreement number, a start not in the future, fit-out
/// items from the list. Visits are recorded by <see cref="ServiceDeliveriesHandler"/>.
/// </summary>
internal sealed class OpenBedHandler(ElderlyDbContext db, IPersonDirectory persons, TimeProvider clock)
{
    public async Task<BedRow> HandleAsync(Guid personId, OpenBedRequest request, CancellationToken ct = default)
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
}
