using Minzheng.Assistance.Domain.Benefits;

namespace Minzheng.Assistance.Domain.Programmes;

/// <summary>One member's 特困 test: eligible, or protected as an orphan instead, or what is missing.</summary>
internal sealed record TekunTest(MemberFacts Member, bool Eligible, bool Orphan, IReadOnlyList<string> Missing);

/// <summary>
/// 特困 is decided per person (社会救助暂行办法 Art. 14; 特困人员认定办法 2021; DOMAIN-RULES §16.1): an 老年人, 残疾人 or
/// 未满16周岁的未成年人 who is 无劳动能力, 无生活来源, and has no 法定义务人 able to support them. A child under 16 who
/// also meets the 孤儿 conditions is protected as an orphan (孤儿基本生活保障), not as 特困.
/// </summary>
internal static class TekunEligibility
{
    public static TekunTest Test(MemberFacts m, bool householdObligorAble, bool noLivelihood, bool seriousIllnessRule)
    {
        var missing = new List<string>();
        if (m.Age < 60 && m.Age >= 16 && m.Disability == DisabilityKind.None)
        {
            missing.Add("不属于老年人、残疾人或未满16周岁的未成年人");
        }
        else if (!TekunRules.UnableToWork(m.Age, m.Disability, m.DisabilityGrade) && !(seriousIllnessRule && UnableThroughIllness(m)))
        {
            missing.Add("不属于无劳动能力");
        }

        if (m.ObligorAble ?? householdObligorAble)
        {
            missing.Add("有能力履行义务的赡养、抚养、扶养义务人");
        }

        if (!noLivelihood)
        {
            missing.Add("不属于无生活来源");
        }

        var orphan = missing.Count == 0 && m.Orphan && m.Age < 16;
        return new TekunTest(m, missing.Count == 0 && !orphan, orphan, missing);
    }

    /// <summary>
    /// Hunan's added case of 无劳动能力 (常德实施办法 item 4, a setting): a locally recognised 重特大疾病, self-care completely
    /// lost (4 or more of the 6 items) for a year or more, and a 残疾人证.
    /// </summary>
    public static bool UnableThroughIllness(MemberFacts m) =>
        m.SeriousIllness && m.SelfCareLostOverAYear && m.SelfCareNotAchieved >= 4 && m.Disability != DisabilityKind.None;
}
