using Minzheng.Platform.Settings;

namespace Minzheng.Monitoring.Domain;

/// <summary>
/// Monitoring's settings: the MATCHING.md thresholds and the towns' response deadlines (UNCONFIRMED, DOMAIN-RULES §4). The
/// vehicle threshold is social assistance's one vehicle rule (<c>asset.vehicle.counted_above_fen</c>), not a setting here.
/// </summary>
internal static class MonitoringDefaults
{
    public const string Module = "核对与监测";
    public const string MedicalLimit = "monitor.rule.medical_limit_fen";
    public const string PropertyCount = "monitor.rule.property_count";
    public const string DeathDays = "monitor.alert_response_days.death";
    public const string ReviewDays = "monitor.alert_response_days.review";
    public const string WarningDays = "monitor.alert_response_days.warning";
    public const string FeedRetentionDays = "monitor.feed_retention_days";

    public static IReadOnlyList<SettingDefinition> Definitions { get; } =
    [
        new(MedicalLimit, Module, "近一年个人自付医疗费用预警线", "元", SettingKind.Money),
        new(PropertyCount, Module, "家庭房产套数（达到即复核）", "套", SettingKind.Count),
        new(DeathDays, Module, "死亡预警的核实时限", "工作日", SettingKind.Count, Minimum: 1),
        new(ReviewDays, Module, "资格复核预警的处置时限", "工作日", SettingKind.Count, Minimum: 1),
        new(WarningDays, Module, "支出型预警的走访时限", "工作日", SettingKind.Count, Minimum: 1),
        new(FeedRetentionDays, Module, "部门数据历史版本保存期限", "天", SettingKind.Count, Minimum: 30),
    ];

    private static readonly DateOnly From2022 = new(2022, 1, 1);

    public static IReadOnlyList<SettingDefault> All { get; } =
    [
        new(MedicalLimit, "430408", From2022, "2000000", "医疗支出预警线全国未统一规定；地方未明确，请按本地文件核定（默认近一年自付20000元）", true),
        new(PropertyCount, "430408", From2022, "2", "房产套数复核线地方未明确，请按本地文件核定（默认2套，共有的计一次）", true),
        new(DeathDays, "430408", From2022, "5", "预警响应时限全国未统一规定；地方未明确，请按本地文件核定", true),
        new(ReviewDays, "430408", From2022, "15", "预警响应时限全国未统一规定；地方未明确，请按本地文件核定", true),
        new(WarningDays, "430408", From2022, "7", "预警响应时限全国未统一规定；地方未明确，请按本地文件核定", true),
        new(FeedRetentionDays, "430408", From2022, "365",
            "《个人信息保护法》第十九条：保存期限应为实现处理目的所必要的最短时间；部门数据按月比对，历史版本保留一年供复核、复查，各数据项的最新版本一直保留", true),
    ];
}
