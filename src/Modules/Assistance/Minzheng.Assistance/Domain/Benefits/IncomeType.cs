namespace Minzheng.Assistance.Domain.Benefits;

/// <summary>Kinds of household income (可支配收入口径) and the ones the national 2021 list leaves out (DOMAIN-RULES §1.3).</summary>
internal enum IncomeType
{
    Wage = 0,
    Business = 1,
    Property = 2,
    Transfer = 3,
    PreferentialCare = 10,
    FamilyPlanningReward = 11,
    Scholarship = 12,
    HeroicDeedReward = 13,
    SocialAssistance = 14,
    BasicPensionBase = 15,
    ExcludedByCity = 16,

    /// <summary>高龄津贴: counted for 低保 (not on the national list of exclusions), not a 生活来源 for 特困.</summary>
    ElderlyAllowance = 17,

    /// <summary>基本医疗保险等社会保险待遇: counted for 低保, not a 生活来源 for 特困.</summary>
    SocialInsuranceBenefit = 18,
}

internal static class IncomeRules
{
    /// <summary>Whether an income counts towards the household's income for 低保 (the national 2021 list of exclusions).</summary>
    public static bool IsCounted(IncomeType type) => type switch
    {
        IncomeType.Wage or IncomeType.Business or IncomeType.Property or IncomeType.Transfer or IncomeType.ElderlyAllowance or IncomeType.SocialInsuranceBenefit => true,
        _ => false,
    };

    /// <summary>
    /// Whether an income is a 生活来源 in 特困's 无生活来源 test (DOMAIN-RULES §2, §16.1): what 低保 counts, less 高龄津贴 and
    /// 基本医疗保险等社会保险待遇 (基础养老金 and 优待抚恤金 are already left out).
    /// </summary>
    public static bool IsLivelihood(IncomeType type) => IsCounted(type) && type is not (IncomeType.ElderlyAllowance or IncomeType.SocialInsuranceBenefit);

    public static string Label(IncomeType type) => type switch
    {
        IncomeType.Wage => "工资性收入（扣除个人所得税及五险一金）",
        IncomeType.Business => "经营净收入",
        IncomeType.Property => "财产净收入",
        IncomeType.Transfer => "转移净收入",
        IncomeType.PreferentialCare => "优待抚恤金（不计入）",
        IncomeType.FamilyPlanningReward => "计划生育奖励与扶助金（不计入）",
        IncomeType.Scholarship => "奖学金（不计入）",
        IncomeType.HeroicDeedReward => "见义勇为等奖励性补助（不计入）",
        IncomeType.SocialAssistance => "政府发放的社会救助款物（不计入）",
        IncomeType.BasicPensionBase => "城乡居民基本养老保险基础养老金（不计入）",
        IncomeType.ExcludedByCity => "设区的市级以上政府规定不计入的其他收入",
        IncomeType.ElderlyAllowance => "高龄津贴（计入低保收入；特困认定不计入）",
        IncomeType.SocialInsuranceBenefit => "基本医疗保险等社会保险待遇（计入低保收入；特困认定不计入）",
        _ => type.ToString(),
    };
}
