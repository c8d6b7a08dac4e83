using Minzheng.Elderly.Domain.Assessment;

namespace Minzheng.Elderly.Domain.Retrofits;

/// <summary>
/// What the retrofit's target group needs to know: the elder's age, latest level and disability, the household's
/// benefits in force (MATCHING.md codes) and whether the worker recorded it as 建档立卡（脱贫）户 (no record here shows that).
/// </summary>
internal sealed record RetrofitFacts(int Age, AbilityLevel? Level, bool Disabled, IReadOnlyCollection<string> HouseholdBenefits, bool PovertyRegistered);

/// <summary>The local thresholds: 高龄 from this age, 失能 from this level (both settings).</summary>
internal sealed record RetrofitThresholds(int AdvancedAge, AbilityLevel DisabledFrom);

/// <summary>
/// 居家适老化改造's target group (国办发〔2019〕5号): households under 特困供养, 低保 or 低保边缘, or 建档立卡, with an elder who is
/// 高龄, 失能 or 残疾. Both conditions must hold; the grounds (or every reason it fails) are in the text.
/// </summary>
internal static class RetrofitEligibility
{
    public static (bool Eligible, string Text) Check(RetrofitFacts facts, RetrofitThresholds limits)
    {
        var households = new List<string>();
        if (facts.HouseholdBenefits.Contains("tekun"))
        {
            households.Add("特困供养");
        }

        if (facts.HouseholdBenefits.Contains("dibao"))
        {
            households.Add("低保");
        }

        if (facts.HouseholdBenefits.Contains("edge"))
        {
            households.Add("低保边缘");
        }

        if (facts.PovertyRegistered)
        {
            households.Add("建档立卡（脱贫）");
        }

        var elder = new List<string>();
        if (facts.Age >= limits.AdvancedAge)
        {
            elder.Add($"高龄（{facts.Age} 周岁）");
        }

        if (facts.Level is { } level && level >= limits.DisabledFrom)
        {
            elder.Add($"失能（{AbilityLevels.Label(level)}）");
        }

        if (facts.Disabled)
        {
            elder.Add("残疾");
        }

        var reasons = new List<string>();
        if (households.Count == 0)
        {
            reasons.Add("家庭须为特困供养、低保、低保边缘或建档立卡（脱贫）家庭");
        }

        if (elder.Count == 0)
        {
            reasons.Add($"老人须为高龄（{limits.AdvancedAge} 周岁及以上）、失能（{DisabledLevels.Describe(limits.DisabledFrom)}）或残疾老年人");
        }

        return reasons.Count == 0
            ? (true, $"{string.Join("、", households)}家庭；{string.Join("、", elder)}")
            : (false, $"不属于居家适老化改造对象（国办发〔2019〕5号）：{string.Join("；", reasons)}");
    }
}
