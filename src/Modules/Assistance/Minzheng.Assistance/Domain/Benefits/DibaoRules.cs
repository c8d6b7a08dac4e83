using Minzheng.Kernel.Money;

namespace Minzheng.Assistance.Domain.Benefits;

internal sealed record HouseholdIncome(IncomeType Type, Money MonthlyAmount);

/// <summary>
/// The 低保 rules as small named functions of the settings (DOMAIN-RULES §1). Each returns its explanation.
/// Amounts are integer fen; a division is rounded half up to the fen (rounding rule UNCONFIRMED: a setting later).
/// </summary>
internal static class DibaoRules
{
    /// <summary>The monthly standard: urban as set, rural from its annual figure ÷ 12.</summary>
    public static Explained<Money> MonthlyStandard(bool urban, Money urbanMonthly, Money ruralAnnual) => urban
        ? Explained<Money>.Of(urbanMonthly, "城市低保标准", $"城市低保标准 {urbanMonthly}/月", urbanMonthly)
        : Explained<Money>.Of(DivideRounded(ruralAnnual, 12), "农村低保标准", $"农村低保标准 {ruralAnnual}/年 ÷ 12 = {DivideRounded(ruralAnnual, 12)}/月", DivideRounded(ruralAnnual, 12));

    /// <summary>Per-capita monthly income of the co-resident members, counting only the income types that count.</summary>
    public static Explained<Money> PerCapitaIncome(IReadOnlyList<HouseholdIncome> incomes, int members) =>
        PerCapitaIncome(incomes, members, IncomeRules.IsCounted, "人均收入", "计入收入合计");

    /// <summary>Per-capita income for 特困's 无生活来源 test: 高龄津贴 and 社会保险待遇 are not a 生活来源 (<see cref="IncomeRules.IsLivelihood"/>).</summary>
    public static Explained<Money> LivelihoodPerCapita(IReadOnlyList<HouseholdIncome> incomes, int members) =>
        PerCapitaIncome(incomes, members, IncomeRules.IsLivelihood, "人均生活来源（特困）", "计入生活来源合计");

    private static Explained<Money> PerCapitaIncome(IReadOnlyList<HouseholdIncome> incomes, int members, Func<IncomeType, bool> counts, string rule, string what)
    {
        if (members < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(members), "共同生活的家庭成员至少1人");
        }

        var counted = incomes.Where(i => counts(i.Type)).Aggregate(Money.Zero, (sum, i) => sum + i.MonthlyAmount);
        var excluded = incomes.Where(i => !counts(i.Type)).Aggregate(Money.Zero, (sum, i) => sum + i.MonthlyAmount);
        var perCapita = DivideRounded(counted, members);
        var text = $"{what} {counted}/月（不计入 {excluded}）÷ {members} 人 = {perCapita}/人·月";
        return Explained<Money>.Of(perCapita, rule, text, perCapita);
    }

    /// <summary>补差: (standard − per-capita income) × covered members; nothing when the income reaches the standard.</summary>
    public static Explained<Money> TopUp(Money standard, Money perCapitaIncome, int coveredMembers)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(coveredMembers);

        if (perCapitaIncome >= standard)
        {
            return Explained<Money>.Of(Money.Zero, "补差", $"人均收入 {perCapitaIncome} 不低于标准 {standard}，不予补差", Money.Zero);
        }

        var gap = standard - perCapitaIncome;
        var amount = gap * coveredMembers;
        return Explained<Money>.Of(amount, "补差", $"（标准 {standard} − 人均收入 {perCapitaIncome}）× {coveredMembers} 人 = {amount}/月", amount);
    }

    /// <summary>分类施保: an extra percentage of the standard for each member of a special group (percentages are settings).</summary>
    public static Explained<Money> CategoryExtra(Money standard, decimal percent, int members, string category)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfNegative(members);

        var each = new Money((long)Math.Round(standard.Fen * percent / 100m, MidpointRounding.AwayFromZero));
        var amount = each * members;
        return Explained<Money>.Of(amount, "分类施保", $"{category}：标准 {standard} × {percent}% × {members} 人 = {amount}/月", amount);
    }

    /// <summary>
    /// 低保边缘 by income: per-capita income below the multiplier × standard (1.5 by default, up to 2). Reached only when the
    /// household is not 低保 or 特困, for any reason — its assets included, which 边缘 judges by its own limits.
    /// </summary>
    public static Explained<bool> IsEdge(Money standard, Money perCapitaIncome, decimal multiplier)
    {
        var line = new Money((long)Math.Round(standard.Fen * multiplier, MidpointRounding.AwayFromZero));
        var edge = perCapitaIncome < line;
        return Explained<bool>.Of(edge, "低保边缘", $"人均收入 {perCapitaIncome}，边缘线为低保标准 {standard} 的 {multiplier} 倍 = {line}：{(edge ? "低于边缘线" : "不低于边缘线")}");
    }

    internal static Money DivideRounded(Money amount, int divisor) =>
        new((long)Math.Round((decimal)amount.Fen / divisor, MidpointRounding.AwayFromZero));
}
