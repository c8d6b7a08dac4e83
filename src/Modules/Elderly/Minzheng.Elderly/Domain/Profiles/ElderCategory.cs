namespace Minzheng.Elderly.Domain.Profiles;

/// <summary>The categories of 特殊困难老年人 (DOMAIN-RULES §8.3) and 百岁老人; some derived from records, some recorded by staff.</summary>
internal enum ElderCategory
{
    LivingAlone,
    EmptyNest,
    LeftBehind,
    Disabled,
    SeverelyDisabled,
    FamilyPlanningSpecial,
    Centenarian,
}

internal static class ElderCategories
{
    public static string Label(ElderCategory c) => c switch
    {
        ElderCategory.LivingAlone => "独居",
        ElderCategory.EmptyNest => "空巢",
        ElderCategory.LeftBehind => "留守",
        ElderCategory.Disabled => "失能",
        ElderCategory.SeverelyDisabled => "重残",
        ElderCategory.FamilyPlanningSpecial => "计划生育特殊家庭",
        _ => "百岁",
    };

    /// <summary>Recorded by staff, because no record here shows them.</summary>
    public static readonly IReadOnlyList<ElderCategory> Recorded = [ElderCategory.LeftBehind, ElderCategory.SeverelyDisabled, ElderCategory.FamilyPlanningSpecial];
}
