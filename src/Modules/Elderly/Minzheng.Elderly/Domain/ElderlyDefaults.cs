using Minzheng.Platform.Settings;

namespace Minzheng.Elderly.Domain;

/// <summary>Elderly care's settings with their shipped values and sources (DOMAIN-RULES §8).</summary>
internal static class ElderlyDefaults
{
    public const string Module = "养老服务";

    /// <summary>The lowest ability level counted as 失能 (category, support rate, retrofit eligibility).</summary>
    public const string DisabledFromLevel = "elderly.disabled.from_level";

    /// <summary>The age from which an elder counts as 高龄 for the retrofit's target group.</summary>
    public const string AdvancedAge = "elderly.advanced_age";

    public static IReadOnlyList<SettingDefinition> Definitions { get; } =
    [
        new("elderly.assessment.coma_rule", Module, "昏迷者直接评定（1=能力完全丧失，按现行国标；0=重度失能，按旧行业标准）", "", SettingKind.Count),
        new("elderly.assessment.reassess_months", Module, "能力评估复评周期", "月", SettingKind.Count),
        new("elderly.service.subsidy_fen", Module, "上门服务补贴（每人次）", "元/人次", SettingKind.Money),
        new("elderly.retrofit.subsidy_cap_fen", Module, "居家适老化改造补贴上限（每户）", "元/户", SettingKind.Money),
        new("elderly.meal.subsidy_fen", Module, "助餐补贴（每餐）", "元/餐", SettingKind.Money),
        new(DisabledFromLevel, Module, "计入失能的最低能力等级（1=轻度受损，2=中度受损，3=重度受损，4=完全丧失）", "级", SettingKind.Count, Minimum: 1),
        new(AdvancedAge, Module, "高龄老年人起始年龄（适老化改造对象）", "周岁", SettingKind.Count, Minimum: 60),
    ];

    private static readonly DateOnly From2022 = new(2022, 1, 1);

    public static IReadOnlyList<SettingDefault> All { get; } =
    [
        new("elderly.assessment.coma_rule", "430408", From2022, "1", "《老年人能力评估规范》（GB/T 42195-2022）：处于昏迷状态者，直接评定为能力完全丧失（完全失能）；“直接评定为重度失能”是原行业标准 MZ/T 039-2013 的规定", false),
        new("elderly.service.subsidy_fen", "430408", From2022, "3000", "上门服务每人次补贴：衡阳标准未找到，30 元为占位（待核实，须按本地政府购买服务合同核定）", true),
        new("elderly.retrofit.subsidy_cap_fen", "430408", From2022, "300000", "每户补贴上限：各地多为 3000 元左右，衡阳标准未找到（待核实）", true),
        new("elderly.meal.subsidy_fen", "430408", From2022, "500", "助餐每餐补贴：衡阳标准未找到，5 元为占位（待核实）", true),
        new(DisabledFromLevel, "430408", From2022, "2", "失能老年人按能力中度受损及以上统计（《老年人能力评估规范》GB/T 42195-2022 的等级）；本地统计口径待核实", true),
        new(AdvancedAge, "430408", From2022, "80", "高龄老年人一般指 80 周岁及以上（国办发〔2019〕5号 所称高龄）；本地口径待核实", true),
        new("elderly.assessment.reassess_months", "430408", From2022, "12", "每年复评一次（地方常见做法，待核实）；能力变化时随时复评", true),
    ];
}
