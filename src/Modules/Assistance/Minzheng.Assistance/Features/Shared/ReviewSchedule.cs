using System.Text.Json;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Registry.Contracts;

namespace Minzheng.Assistance.Features.Shared;

/// <summary>
/// When a household under 低保 is next reviewed (DOMAIN-RULES §1.7): every 6 months when a member is able to work — of
/// working age (16–59) and not 无劳动能力 by the investigation (a severely disabled adult is not) — else yearly; both by setting.
/// </summary>
internal sealed class ReviewSchedule(CaseDeadlines settings)
{
    public async Task<DateOnly> NextAsync(AssistanceCase c, DateOnly from, CancellationToken ct)
    {
        var snapshot = JsonSerializer.Deserialize<HouseholdSnapshot>(c.SnapshotJson)!;
        // 低保 and 边缘 by whether a member is of working age; 特困 (DOMAIN-RULES §2) and the subsidies yearly.
        var facts = c.AssessmentJson is null ? null : JsonSerializer.Deserialize<Domain.Programmes.Assessment>(c.AssessmentJson);
        var key = c.Programme is Domain.Programmes.Programme.Dibao or Domain.Programmes.Programme.Edge && HasMemberAbleToWork(snapshot, facts, from)
            ? "dibao.review_months.workable" : "dibao.review_months.stable";
        return from.AddMonths(await settings.IntAsync(key, c.RegionCode, from, ct));
    }

    /// <summary>Working age, for the review schedule and the 漏保 screening alike: 16 to 59.</summary>
    public const int WorkingAgeFrom = 16;

    public const int WorkingAgeTo = 59;

    /// <summary>
    /// A living member of working age who is not 无劳动能力 (特困人员认定办法's test, on the disability the investigation
    /// recorded); without an investigation, working age alone decides.
    /// </summary>
    public static bool HasMemberAbleToWork(HouseholdSnapshot snapshot, Domain.Programmes.Assessment? facts, DateOnly day) =>
        snapshot.Members.Where(m => m.Alive).Any(m =>
        {
            var age = Age(m.BirthDate, day);
            var found = facts?.Members.FirstOrDefault(f => f.PersonId == m.PersonId);
            return age is >= WorkingAgeFrom and <= WorkingAgeTo
                   && (found is null || !Domain.Benefits.TekunRules.UnableToWork(age, found.Disability, found.DisabilityGrade));
        });

    /// <summary>Full years on the day.</summary>
    public static int Age(DateOnly birth, DateOnly day) => day.Year - birth.Year - (day < birth.AddYears(day.Year - birth.Year) ? 1 : 0);
}
