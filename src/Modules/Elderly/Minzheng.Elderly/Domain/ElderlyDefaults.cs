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
        SettingDefinition.Switch("elderly.assessment.coma_rule", Module, "处于昏迷状态者直接评定为", "能力完全丧失（现行国家标准）", "重度失能（原行业标准）"),
        new("elderly.assessment.reassess_months", Module, "能力评估复评周期", "月", SettingKind.Count, Minimum: 1, Maximum: 36),
        new("elderly.service.subsidy_fen", Module, "上门服务补贴（每人次）", "元/人次", SettingKind.Money),
        new("elderly.retrofit.subsidy_cap_fen", Module, "居家适老化改造补贴上限（每户）", "元/户", SettingKind.Money),
        new("elderly.meal.subsidy_fen", Module, "助餐补贴（每餐）", "元/餐", SettingKind.Money),
        SettingDefinition.Choose(DisabledFromLevel, Module, "计入失能的能力等级", new("1", "能力轻度受损及以上"), new("2", "能力中度受损及以上"), new("3", "能力重度受损及以上"), new("4", "仅能力完全丧失")),
        new(AdvancedAge, Module, "高龄老年人起始年龄（适老化改造对象）", "周岁", SettingKind.Count, Minimum: 60, Maximum: 100),
    ];

    private static readonly DateOnly From2022 = new(2022, 1, 1);

    public static IReadOnlyList<SettingDefault> All { get; } =
    [
        new("elderly.assessment.coma_rule", "430408", From2022, "1", "《老年人能力评估规范》（GB/T 42195-2022）：处于昏迷状态者，直接评定为能力完全丧失（完全失能）；“直接评定为重度失能”是原行业标准 MZ/T 039-2013 的规定", false),
        new("elderly.service.subsidy_fen", "430408", From2022, "3000", "上门服务补贴以本地政府购买服务合同为准；地方未明确，请按本地文件核定（默认每人次30元）", true),
        new("elderly.retrofit.subsidy_cap_fen", "430408", From2022, "300000", "居家适老化改造补贴上限地方未明确，请按本地文件核定（默认每户3000元）", true),
        new("elderly.meal.subsidy_fen", "430408", From2022, "500", "助餐补贴地方未明确，请按本地文件核定（默认每餐5元）", true),
        new(DisabledFromLevel, "430408", From2022, "2", "《老年人能力评估规范》（GB/T 42195-2022）的能力等级；失能统计口径地方未明确，请按本地文件核定（默认中度受损及以上）", true),
        new(AdvancedAge, "430408", From2022, "80", "《国务院办公厅关于推进养老服务发展的意见》（国办发〔2019〕5号）所称高龄一般指80周岁及以上；地方未明确，请按本地文件核定", true),
        new("elderly.assessment.reassess_months", "430408", From2022, "12", "能力评估复评周期地方未明确，请按本地文件核定（默认每年一次，能力变化时随时复评）", true),
    ];
}
