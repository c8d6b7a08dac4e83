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

/// <summary>
/// A meal record — at a meal point, not in the future, 1–3 meals, once per day and meal point; subsidy by setting;
/// to the ledger through the outbox.
/// </summary>
internal sealed class RecordMealHandler(ElderlyDbContext db, IPersonDirectory persons, IMemberIdentities identities, SettingsReader settings, TimeProvider clock)
{
    public async Task<MealRow> HandleAsync(Guid personId, MealRequest request, CancellationToken ct = default)
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
            IdempotencyKey = MealRow.EventKeyOf(meal.Id),
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

        return new MealRow(meal.Id, provider.Name, meal.ServedOn, meal.Meals, meal.SubsidyFen, MealRow.EventKeyOf(meal.Id));
    }
}
