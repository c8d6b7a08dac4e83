namespace Minzheng.Assistance.Domain.Benefits;

/// <summary>残疾人两项补贴 in Hunan (DOMAIN-RULES §6).</summary>
internal static class DisabilitySubsidyRules
{
    /// <summary>困难残疾人生活补贴: Hunan 户籍, a second-generation disability card, and the household or the person on 低保.</summary>
    public static Explained<bool> LivingSubsidyEligible(bool hunanHukou, bool secondGenerationCard, bool householdOrPersonOnDibao)
    {
        var ok = hunanHukou && secondGenerationCard && householdOrPersonOnDibao;
        return Explained<bool>.Of(ok, "困难残疾人生活补贴", $"湖南户籍：{YesNo(hunanHukou)}；第二代残疾人证：{YesNo(secondGenerationCard)}；本人或家庭为低保对象：{YesNo(householdOrPersonOnDibao)} → {(ok ? "符合" : "不符合")}");
    }

    /// <summary>
    /// 重度残疾人护理补贴: Hunan 户籍, a second-generation card of grade 1 or 2 — and, where the setting extends it (Hunan),
    /// grade 3–4 智力 or 精神 disability needing 长期照护.
    /// </summary>
    public static Explained<bool> CareSubsidyEligible(bool hunanHukou, bool secondGenerationCard, int grade, Programmes.DisabilityKind kind = Programmes.DisabilityKind.None,
        bool longTermCare = false, bool extendsToMentalGrade34 = false)
    {
        if (grade is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(grade), "残疾等级为一至四级");
        }

        var extended = extendsToMentalGrade34 && grade >= 3 && longTermCare && kind is Programmes.DisabilityKind.Intellectual or Programmes.DisabilityKind.Mental;
        var ok = hunanHukou && secondGenerationCard && (grade <= 2 || extended);
        return Explained<bool>.Of(ok, "重度残疾人护理补贴", $"湖南户籍：{YesNo(hunanHukou)}；第二代残疾人证：{YesNo(secondGenerationCard)}；残疾等级：{grade}级"
            + (extended ? "（三、四级智力或精神残疾，需长期照护）" : "") + $" → {(ok ? "符合" : "不符合")}");
    }

    private static string YesNo(bool b) => b ? "是" : "否";
}
