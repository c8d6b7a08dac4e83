using System.Text.Json;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Registry.Contracts;

namespace Minzheng.Assistance.Features.Shared;

/// <summary>
/// When a household under 低保 is next reviewed (DOMAIN-RULES §1.7): every 6 months when a member is of working age
/// (16–59), else yearly — both by setting.
/// </summary>
internal sealed class ReviewSchedule(CaseDeadlines settings)
{
    public async Task<DateOnly> NextAsync(AssistanceCase c, DateOnly from, CancellationToken ct)
    {
        var snapshot = JsonSerializer.Deserialize<HouseholdSnapshot>(c.SnapshotJson)!;
        // 低保 and 边缘 by whether a member is of working age; 特困 (DOMAIN-RULES §2) and the subsidies yearly.
        var key = c.Programme is Domain.Programmes.Programme.Dibao or Domain.Programmes.Programme.Edge && HasWorkingAgeMember(snapshot, from)
            ? "dibao.review_months.workable" : "dibao.review_months.stable";
        return from.AddMonths(await settings.IntAsync(key, c.RegionCode, from, ct));
    }

    /// <summary>Working age, for the review schedule and the 漏保 screening alike: 16 to 59.</summary>
    public const int WorkingAgeFrom = 16;

    public const int WorkingAgeTo = 59;

    public static bool HasWorkingAgeMember(HouseholdSnapshot snapshot, DateOnly day) =>
        snapshot.Members.Where(m => m.Alive).Select(m => Age(m.BirthDate, day)).Any(age => age is >= WorkingAgeFrom and <= WorkingAgeTo);

    /// <summary>Full years on the day.</summary>
    public static int Age(DateOnly birth, DateOnly day) => day.Year - birth.Year - (day < birth.AddYears(day.Year - birth.Year) ? 1 : 0);
}
