using Minzheng.Kernel.Money;

namespace Minzheng.Assistance.Domain.Benefits;

internal enum SelfCareLevel
{
    Full = 0,
    Partial = 1,
    None = 2,
}

/// <summary>特困 support (DOMAIN-RULES §2): basic living at ≥ 1.3 × dibao, care by self-care ability at 1/10, 1/6, 1/3 of last year's minimum wage.</summary>
internal static class TekunRules
{
    public const int SelfCareItems = 6;

    /// <summary>
    /// 无劳动能力 (特困人员认定办法 2021): 60 or older, under 16, or 智力/精神 grade 1–3, 肢体 1–2, 视力 1; a 多重残疾 of
    /// grade 1 counts like the other grade-1 disabilities (the 民政 policy review of 2026-12). The 2016 text was
    /// narrower; do not mix them (DOMAIN-RULES §2).
    /// </summary>
    public static bool UnableToWork(int age, Programmes.DisabilityKind disability, int? grade) =>
        age >= 60 || age < 16 || (grade is { } g && disability switch
        {
            Programmes.DisabilityKind.Intellectual or Programmes.DisabilityKind.Mental => g <= 3,
            Programmes.DisabilityKind.Physical => g <= 2,
            Programmes.DisabilityKind.Visual or Programmes.DisabilityKind.Multiple => g <= 1,
            _ => false,
        });

    /// <summary>Of the six items (吃饭, 穿衣, 上下床, 如厕, 室内行走, 洗澡): none failed 全自理, 1–3 半护理, 4–6 全护理.</summary>
    public static Explained<SelfCareLevel> SelfCare(int itemsNotAchieved)
    {
        if (itemsNotAchieved is < 0 or > SelfCareItems)
        {
            throw new ArgumentOutOfRangeException(nameof(itemsNotAchieved), $"生活自理能力评估共{SelfCareItems}项");
        }

        var level = itemsNotAchieved switch { 0 => SelfCareLevel.Full, <= 3 => SelfCareLevel.Partial, _ => SelfCareLevel.None };
        return Explained<SelfCareLevel>.Of(level, "生活自理能力", $"6项中{itemsNotAchieved}项不能完成：{Label(level)}");
    }

    /// <summary>The basic living standard: a floor, so rounded up to the fen.</summary>
    public static Explained<Money> Basic(Money dibaoStandard, decimal multiplier)
    {
        var amount = new Money((long)Math.Ceiling(dibaoStandard.Fen * multiplier));
        return Explained<Money>.Of(amount, "特困基本生活标准", $"低保标准 {dibaoStandard} × {multiplier} = {amount}/月（向上取整到分）", amount);
    }

    /// <summary>
    /// The care standard for a level: 1/N of last year's monthly minimum wage (N = 10, 6, 3 in Hunan), computed as an
    /// exact fraction — a decimal like 0.1667 would pay a few fen more than 1/6 — and, being a floor, rounded up to the fen.
    /// </summary>
    public static Explained<Money> Care(SelfCareLevel level, Money previousYearMinimumWage, int fullDivisor, int partialDivisor, int noneDivisor)
    {
        var divisor = level switch { SelfCareLevel.Full => fullDivisor, SelfCareLevel.Partial => partialDivisor, _ => noneDivisor };
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(divisor);
        var amount = new Money((previousYearMinimumWage.Fen + divisor - 1) / divisor);
        return Explained<Money>.Of(amount, "特困照料护理标准", $"{Label(level)}：上年度最低工资 {previousYearMinimumWage} × 1/{divisor} = {amount}/月（向上取整到分）", amount);
    }

    public static string Label(SelfCareLevel level) => level switch
    {
        SelfCareLevel.Full => "具备生活自理能力（全自理）",
        SelfCareLevel.Partial => "部分丧失生活自理能力（半护理）",
        _ => "完全丧失生活自理能力（全护理）",
    };
}
