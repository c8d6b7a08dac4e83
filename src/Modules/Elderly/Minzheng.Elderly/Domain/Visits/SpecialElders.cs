using Minzheng.Elderly.Domain.Assessment;
using Minzheng.Elderly.Domain.Profiles;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Domain.Visits;

/// <summary>An elder as the monthly figures count them: a 特殊困难老年人 or not, 失能 by their latest assessment, or never assessed.</summary>
internal sealed record CountedElder(Guid PersonId, string RegionCode, bool Special, bool Disabled, bool Unassessed);

/// <summary>
/// The whole elderly population sorted for the monthly figures: every category of 特殊困难老年人 (独居, 空巢, 留守, 失能,
/// 重残, 计划生育特殊家庭), whatever their visit plan says, and anyone else whose plan asks for a weekly or monthly visit
/// (the town judged them in need: a 分散特困 elder, say); 失能 by the latest assessment on or before the day at the levels
/// the setting counts. A special elder never assessed is 未评估: counted as such, not left out.
/// </summary>
internal static class SpecialElders
{
    public static IReadOnlyList<CountedElder> Classify(IEnumerable<ElderInHousehold> elders, IReadOnlyDictionary<Guid, ElderFlags> flags,
        IReadOnlyDictionary<Guid, AbilityLevel> latestLevels, IReadOnlySet<Guid> dueMonthly, AbilityLevel disabledFrom, DateOnly day)
    {
        var result = new List<CountedElder>();
        foreach (var e in elders)
        {
            AbilityLevel? level = latestLevels.TryGetValue(e.PersonId, out var l) ? l : null;
            var categories = CategoryRules.Of(Ages.On(e.BirthDate, day), e.LivingMembers, Ages.On(e.YoungestBirthDate, day), level, disabledFrom, flags.GetValueOrDefault(e.PersonId));
            var special = CategoryRules.IsSpecial(categories) || dueMonthly.Contains(e.PersonId);
            result.Add(new CountedElder(e.PersonId, e.RegionCode, special, level is { } v && v >= disabledFrom, special && level is null));
        }

        return result;
    }

    /// <summary>Elders whose plan asks for at least a monthly visit and had started by <paramref name="day"/>.</summary>
    public static IReadOnlySet<Guid> DueMonthly(IEnumerable<VisitPlan> plans, DateOnly day) =>
        plans.Where(p => p.Risk is VisitRisk.High or VisitRisk.Key && p.StartsOn <= day).Select(p => p.PersonId).ToHashSet();
}
