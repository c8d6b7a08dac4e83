using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Contracts;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain;
using Minzheng.Elderly.Domain.Assessment;
using Minzheng.Elderly.Domain.Retrofits;
using Minzheng.Elderly.Features.Shared;
using Minzheng.Kernel.Regions;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Settings;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.Retrofits;

/// <summary>
/// 居家适老化改造 applied for: its items (at least one 基础类) and the day, for an elder in the target group (the grounds
/// kept on the retrofit, others refused with the reason); one open retrofit per household.
/// </summary>
internal sealed class ApplyRetrofitHandler(ElderlyDbContext db, IPersonDirectory persons, IAssistanceCases assistance, SettingsReader settings, TimeProvider clock)
{
    public async Task<RetrofitRow> HandleAsync(Guid personId, ApplyRetrofitRequest request, CancellationToken ct = default)
    {
        var person = await persons.PersonToRecordAsync(db.User, personId, "登记适老化改造", ct);
        var items = (request.Items ?? []).Select(i => i.Trim()).Distinct().ToList();
        var errors = new FieldErrors();
        if (!items.Any(RetrofitItems.Basic.Contains) || items.Any(i => !RetrofitItems.Basic.Contains(i) && !RetrofitItems.Optional.Contains(i)))
        {
            errors.Add("items", $"请选择改造项目，至少一项基础类（{string.Join("、", RetrofitItems.Basic)}）");
        }

        if (request.AppliedOn is not { } applied || applied > clock.Today())
        {
            errors.Add("appliedOn", "请填写申请日期（不能晚于今天）");
        }

        errors.ThrowIfAny();

        if (await db.Retrofits.AnyAsync(r => r.PersonId == personId && r.Stage != RetrofitStage.Accepted, ct)
            || (person.HouseholdId is { } household && await db.Retrofits.AnyAsync(r => r.HouseholdId == household && r.Stage != RetrofitStage.Accepted, ct)))
        {
            throw new BusinessRuleException("该户已有未验收的改造，请先完成");
        }

        var (eligible, grounds) = RetrofitEligibility.Check(await FactsAsync(person, request.PovertyRegistered, ct), await ThresholdsAsync(person, ct));
        if (!eligible)
        {
            throw new BusinessRuleException(grounds);
        }

        var retrofit = new Retrofit
        {
            PersonId = personId, RegionCode = person.RegionCode, HouseholdId = person.HouseholdId, Grounds = grounds, Items = string.Join("、", items),
            AppliedOn = request.AppliedOn!.Value, Note = request.Note?.Trim(), RecordedBy = db.User.UserName,
        };
        db.Retrofits.Add(retrofit);
        await db.SaveChangesAsync(ct);
        return RetrofitRow.From(retrofit);
    }

    private async Task<RetrofitFacts> FactsAsync(PersonSnapshot person, bool povertyRegistered, CancellationToken ct)
    {
        var benefits = person.HouseholdId is { } h ? await assistance.InForceAsync(h, ct) : [];
        var level = await db.Assessments.AsNoTracking().Where(a => a.PersonId == person.Id)
            .OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.RecordedAtUtc).Select(a => (AbilityLevel?)a.Level).FirstOrDefaultAsync(ct);
        // 残疾: recorded 重残, or a disability subsidy paid to this elder.
        var disabled = await db.Flags.AsNoTracking().AnyAsync(f => f.PersonId == person.Id && f.SeverelyDisabled, ct)
            || benefits.Any(b => b.PersonId == person.Id && b.Programme is "disability_living" or "disability_care");
        return new RetrofitFacts(Ages.On(person.BirthDate, clock.Today()), level, disabled, benefits.Select(b => b.Programme).ToHashSet(), povertyRegistered);
    }

    private async Task<RetrofitThresholds> ThresholdsAsync(PersonSnapshot person, CancellationToken ct)
    {
        var region = RegionCode.Parse(person.RegionCode);
        var today = clock.Today();
        return new RetrofitThresholds((int)await settings.RequireLongAsync(ElderlyDefaults.AdvancedAge, region, today, ct), await DisabledLevels.FromAsync(settings, region, today, ct));
    }
}
