namespace Minzheng.Elderly.Domain.Assessment;

/// <summary>The four first-level indicators of GB/T 42195-2022 (老年人能力评估规范), Annex B.</summary>
internal enum AbilityDomain
{
    SelfCare,
    BasicMotor,
    Mental,
    PerceptionAndSocial,
}

/// <summary>One of the 26 scored items, with its range (0 to <see cref="Max"/>; a higher score is a better ability).</summary>
internal sealed record AssessmentItem(string Code, AbilityDomain Domain, string Name, int Max);

/// <summary>
/// The 26 items and their maxima (DOMAIN-RULES §8.1: 32 + 15 + 28 + 15 = 90). The table is a transcription of Annex B
/// marked [S] there: verify against the standard's text before relying on an item's wording.
/// </summary>
internal static class AssessmentItems
{
    public static IReadOnlyList<AssessmentItem> All { get; } =
    [
        new("B.1.1", AbilityDomain.SelfCare, "进食", 4),
        new("B.1.2", AbilityDomain.SelfCare, "修饰", 4),
        new("B.1.3", AbilityDomain.SelfCare, "洗澡", 4),
        new("B.1.4", AbilityDomain.SelfCare, "穿/脱上衣", 4),
        new("B.1.5", AbilityDomain.SelfCare, "穿/脱裤子和鞋袜", 4),
        new("B.1.6", AbilityDomain.SelfCare, "小便控制", 4),
        new("B.1.7", AbilityDomain.SelfCare, "大便控制", 4),
        new("B.1.8", AbilityDomain.SelfCare, "如厕", 4),
        new("B.2.1", AbilityDomain.BasicMotor, "床上体位转移", 4),
        new("B.2.2", AbilityDomain.BasicMotor, "床椅转移", 4),
        new("B.2.3", AbilityDomain.BasicMotor, "平地行走", 4),
        new("B.2.4", AbilityDomain.BasicMotor, "上下楼梯", 3),
        new("B.3.1", AbilityDomain.Mental, "时间定向", 4),
        new("B.3.2", AbilityDomain.Mental, "空间定向", 4),
        new("B.3.3", AbilityDomain.Mental, "人物定向", 4),
        new("B.3.4", AbilityDomain.Mental, "记忆", 4),
        new("B.3.5", AbilityDomain.Mental, "理解能力", 4),
        new("B.3.6", AbilityDomain.Mental, "表达能力", 4),
        new("B.3.7", AbilityDomain.Mental, "攻击行为", 1),
        new("B.3.8", AbilityDomain.Mental, "抑郁症状", 1),
        new("B.3.9", AbilityDomain.Mental, "意识水平", 2),
        new("B.4.1", AbilityDomain.PerceptionAndSocial, "视力", 2),
        new("B.4.2", AbilityDomain.PerceptionAndSocial, "听力", 2),
        new("B.4.3", AbilityDomain.PerceptionAndSocial, "执行日常事务", 4),
        new("B.4.4", AbilityDomain.PerceptionAndSocial, "使用交通工具外出", 3),
        new("B.4.5", AbilityDomain.PerceptionAndSocial, "社会交往能力", 4),
    ];

    public static string Label(AbilityDomain domain) => domain switch
    {
        AbilityDomain.SelfCare => "自理能力",
        AbilityDomain.BasicMotor => "基础运动能力",
        AbilityDomain.Mental => "精神状态",
        _ => "感知觉与社会参与",
    };
}
