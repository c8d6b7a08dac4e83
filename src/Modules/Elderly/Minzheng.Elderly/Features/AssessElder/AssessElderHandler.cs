using System.Text.Json;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Assessment;
using Minzheng.Kernel.Regions;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Elderly.Features.Shared;
using Minzheng.Platform.Settings;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.AssessElder;

/// <summary>Records a GB/T 42195 assessment of a registered person aged 60 or more, within the assessor's regions.</summary>
internal sealed class AssessElderHandler(ElderlyDbContext db, IPersonDirectory persons, SettingsReader settings, TimeProvider clock)
{
    public async Task<AbilityAssessment> HandleAsync(Guid personId, AssessRequest request, CancellationToken ct = default)
    {
        var person = await persons.PersonToRecordAsync(db.User, personId, "录入能力评估", ct);
        var today = clock.Today();
        if (!person.Alive || person.BirthDate.AddYears(60) > today)
        {
            throw new BusinessRuleException("能力评估只适用于在册的60周岁及以上老年人");
        }

        var errors = new FieldErrors();
        if (request.AssessedOn is not { } day || day > today || day < person.BirthDate.AddYears(60))
        {
            errors.Add("assessedOn", "评估日期不能晚于今天，也不能早于老人满60周岁");
        }

        if (string.IsNullOrWhiteSpace(request.Assessor))
        {
            errors.Add("assessor", "请填写评估员姓名");
        }

        // GB/T 42195-2022: each assessment is carried out by two assessors, and both sign it.
        if (string.IsNullOrWhiteSpace(request.SecondAssessor))
        {
            errors.Add("secondAssessor", "能力评估须由两名评估员共同完成，请填写第二名评估员姓名");
        }
        else if (string.Equals(request.SecondAssessor.Trim(), request.Assessor?.Trim(), StringComparison.Ordinal))
        {
            errors.Add("secondAssessor", "两名评估员不能是同一人");
        }

        errors.ThrowIfAny();

        var region = RegionCode.Parse(person.RegionCode);
        var comaRule = await IntAsync("elderly.assessment.coma_rule", region, today, ct) == 1 ? ComaRule.Lost : ComaRule.Severe;
        var result = AbilityScoring.Score(request.Scores ?? [], new AssessmentFacts(request.Dementia, request.OtherMentalDisorder, request.CareRiskEvents, request.Comatose), comaRule);
        var months = await IntAsync("elderly.assessment.reassess_months", region, today, ct);
        var assessment = new AbilityAssessment
        {
            PersonId = person.Id,
            RegionCode = person.RegionCode,
            AssessedOn = request.AssessedOn!.Value,
            Assessor = request.Assessor!.Trim(),
            SecondAssessor = request.SecondAssessor!.Trim(),
            ScoresJson = JsonSerializer.Serialize(request.Scores),
            Dementia = request.Dementia,
            OtherMentalDisorder = request.OtherMentalDisorder,
            CareRiskEvents = request.CareRiskEvents,
            Comatose = request.Comatose,
            Total = result.Total,
            LevelByScore = result.ByScore,
            Level = result.Level,
            ExplanationJson = JsonSerializer.Serialize(result.Explanation),
            ReassessOn = request.AssessedOn.Value.AddMonths(months),
            RecordedBy = db.User.UserName,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(ct);
        return assessment;
    }

    private async Task<int> IntAsync(string key, RegionCode region, DateOnly day, CancellationToken ct) =>
        (int)await settings.RequireLongAsync(key, region, day, ct);
}
