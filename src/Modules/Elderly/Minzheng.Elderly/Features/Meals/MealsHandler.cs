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

namespace Minzheng.Elderly.Features.Meals;

internal sealed record MealRequest(Guid? ProviderId, DateOnly? ServedOn, int? Meals);

public sealed record MealRow(Guid Id, string Provider, DateOnly ServedOn, int Meals, long SubsidyFen, string EventKey);

internal sealed record EnrolRequest(Guid? ProviderId, DateOnly? Since);

internal sealed record EndEnrolmentRequest(DateOnly? EndedOn);

internal sealed record EnrolmentRow(Guid Id, string Provider, DateOnly Since, DateOnly? EndedOn);

internal sealed record MealsView(IReadOnlyList<EnrolmentRow> Enrolments, IReadOnlyList<MealRow> Meals);

/// <summary>
/// 助餐 for one elder: registrations at meal points (助餐登记, which make the elder that meal point's client), and meal
/// records — at a meal point, not in the future, 1–3 meals, once per day and meal point; subsidy by setting; to the ledger.
/// </summary>
internal sealed class MealsHandler(ElderlyDbContext db, IPersonDirectory persons, IMemberIdentities identities, SettingsReader settings, TimeProvider clock)
{
    public async Task<MealsView> ListAsync(Guid personId, CancellationToken ct = default)
    {
        _ = await persons.FindAsync(personId, ct) ?? throw new NotFoundException("人员不存在或不在您的管辖范围内");
        var names = await db.Providers.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var enrolments = (await db.MealEnrolments.AsNoTracking().Where(e => e.PersonId == personId).OrderByDescending(e => e.Since).ToListAsync(ct))
            .Select(e => new EnrolmentRow(e.Id, names.GetValueOrDefault(e.ProviderId, "?"), e.Since, e.EndedOn)).ToList();
        var meals = (await db.Meals.AsNoTracking().Where(m => m.PersonId == personId).OrderByDescending(m => m.ServedOn).Take(60).ToListAsync(ct))
            .Select(m => new MealRow(m.Id, names.GetValueOrDefault(m.ProviderId, "?"), m.ServedOn, m.Meals, m.SubsidyFen, EventKey(m.Id))).ToList();
        return new MealsView(enrolments, meals);
    }

    public async Task<EnrolmentRow> EnrolAsync(Guid personId, EnrolRequest request, CancellationToken ct = default)
    {
        var person = await persons.PersonToRecordAsync(db.User, personId, "助餐登记", ct);
        var provider = request.ProviderId is { } pid ? await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, ct) : null;
        var errors = new FieldErrors();
        if (provider is not { Kind: ProviderKind.MealPoint })
        {
            errors.Add("providerId", "请选择助餐点");
        }

        if (request.Since is not { } since || since > clock.Today())
        {
            errors.Add("since", "请填写登记日期（不能晚于今天）");
        }

        errors.ThrowIfAny();

        if (await db.MealEnrolments.AnyAsync(e => e.PersonId == personId && e.ProviderId == provider!.Id && e.EndedOn == null, ct))
        {
            throw new BusinessRuleException("该老人已在该助餐点登记");
        }

        var enrolment = new MealEnrolment
        {
            PersonId = personId, RegionCode = person.RegionCode, ProviderId = provider!.Id, Since = request.Since!.Value, RecordedBy = db.User.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.MealEnrolments.Add(enrolment);
        await db.SaveChangesAsync(ct);
        return new EnrolmentRow(enrolment.Id, provider.Name, enrolment.Since, null);
    }

    public async Task EndEnrolmentAsync(Guid enrolmentId, EndEnrolmentRequest request, CancellationToken ct = default)
    {
        var enrolment = await db.MealEnrolments.FirstOrDefaultAsync(e => e.Id == enrolmentId, ct) ?? throw new NotFoundException("助餐登记不存在或不在您的管辖范围内");
        _ = await persons.PersonToRecordAsync(db.User, enrolment.PersonId, "结束助餐登记", ct);
        if (enrolment.EndedOn is not null)
        {
            throw new BusinessRuleException("该助餐登记已结束");
        }

        if (request.EndedOn is not { } ended || ended < enrolment.Since || ended > clock.Today())
        {
            throw new InputValidationException("endedOn", "结束日期须在登记日期之后、不晚于今天");
        }

        enrolment.EndedOn = ended;
        await db.SaveChangesAsync(ct);
    }

    public async Task<MealRow> RecordAsync(Guid personId, MealRequest request, CancellationToken ct = default)
    {
        var person = await persons.PersonToRecordAsync(db.User, personId, "登记助餐", ct);
        var provider = request.ProviderId is { } pid ? await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid, ct) : null;
        return await RecordForAsync(person, provider, request, ct);
    }

    /// <summary>Records meals once the caller has checked who may record them for whom (staff in their regions, or a meal point for its diner).</summary>
    public async Task<MealRow> RecordForAsync(PersonSnapshot person, Provider? provider, MealRequest request, CancellationToken ct = default)
    {
        var personId = person.Id;
        var errors = new FieldErrors();
        if (provider is not { Kind: ProviderKind.MealPoint })
        {
            errors.Add("providerId", "请选择助餐点");
        }

        if (request.ServedOn is not { } day || day > clock.Today())
        {
            errors.Add("servedOn", "请填写就餐日期（不能晚于今天）");
        }

        if (request.Meals is not (>= 1 and <= 3))
        {
            errors.Add("meals", "餐数为 1–3");
        }

        errors.ThrowIfAny();

        if (await db.Meals.AnyAsync(m => m.PersonId == personId && m.ProviderId == provider!.Id && m.ServedOn == request.ServedOn, ct))
        {
            throw new BusinessRuleException("该老人当天在该助餐点已有记录");
        }

        var idNumber = await identities.IdNumberOfAsync(personId, "助餐记入服务链：受益人承诺值", ct) ?? throw new NotFoundException();
        var commitment = BeneficiaryCommitment.Create(idNumber);
        var perMeal = await settings.RequireLongAsync("elderly.meal.subsidy_fen", RegionCode.Parse(person.RegionCode), request.ServedOn!.Value, ct);
        var meal = new MealRecord
        {
            PersonId = personId, RegionCode = person.RegionCode, ProviderId = provider!.Id, ServedOn = request.ServedOn.Value, Meals = request.Meals!.Value,
            SubsidyFen = perMeal * request.Meals.Value, Salt = commitment.SaltHex, Commitment = commitment.CommitmentHex,
            RecordedBy = db.User.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Meals.Add(meal);
        db.Outbox.Add(new OutboxMessage
        {
            EventType = "elderly.meal",
            IdempotencyKey = EventKey(meal.Id),
            CreatedAtUtc = meal.CreatedAtUtc,
            Payload = JsonSerializer.Serialize(new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["beneficiary"] = meal.Commitment,
                ["date"] = meal.ServedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["meal"] = meal.Id.ToString("N"),
                ["meals"] = meal.Meals,
                ["provider"] = provider.Name,
                ["subsidyFen"] = meal.SubsidyFen,
                ["town"] = meal.RegionCode[..Math.Min(9, meal.RegionCode.Length)],
            }),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new BusinessRuleException("该老人当天在该助餐点已有记录");
        }

        return new MealRow(meal.Id, provider.Name, meal.ServedOn, meal.Meals, meal.SubsidyFen, EventKey(meal.Id));
    }

    public static string EventKey(Guid id) => $"elderly.meal:{id}";
}
