using Minzheng.Assistance.Domain.Benefits;
using Minzheng.Kernel.Money;

namespace Minzheng.Assistance.Domain.Programmes;

/// <summary>The monthly amount of a routed application, with its steps: 特困 basic + care per person, 低保 补差 + 分类施保, 单人保.</summary>
internal static class MonthlyBenefit
{
    public static Explained<Money> For(Routing routing, Assessment facts, Money perCapitaIncome, BenefitPolicy policy)
    {
        var covered = facts.Members.Where(m => routing.Covered.Contains(m.PersonId)).ToList();
        return routing.Programme switch
        {
            Programme.Tekun => Tekun(covered, policy),
            Programme.Dibao when routing.SinglePerson => AtLeastTheMinimum(SinglePerson(covered.Count, policy), policy.MinimumPayment),
            Programme.Dibao => AtLeastTheMinimum(Dibao(covered, perCapitaIncome, policy), policy.MinimumPayment),
            _ => Explained<Money>.Of(Money.Zero, "按月发放", "该类别为资格认定，不按月发放补差", Money.Zero),
        };
    }

    /// <summary>保底: a 低保 amount above zero but below the minimum payment (a setting; 0 = none) is raised to it.</summary>
    public static Explained<Money> AtLeastTheMinimum(Explained<Money> amount, Money minimum)
    {
        if (amount.Value <= Money.Zero || amount.Value >= minimum)
        {
            return amount;
        }

        return new Explained<Money>(minimum, [.. amount.Steps, new("保底发放", $"按月计算 {amount.Value}，低于保底发放额 {minimum}，按 {minimum}/月发放", minimum)]);
    }

    /// <summary>特困: the basic standard for each person, plus the care standard of their self-care level.</summary>
    public static Explained<Money> Tekun(IReadOnlyList<MemberFacts> covered, BenefitPolicy policy)
    {
        var basic = TekunRules.Basic(policy.MonthlyStandard, policy.TekunBasicMultiplier);
        var steps = new List<ExplanationStep>(basic.Steps);
        var total = Money.Zero;
        foreach (var (m, i) in covered.Select((m, i) => (m, i + 1)))
        {
            var level = TekunRules.SelfCare(m.SelfCareNotAchieved);
            var care = TekunRules.Care(level.Value, policy.PreviousYearMinimumWage, policy.CareDivisors.Full, policy.CareDivisors.Partial, policy.CareDivisors.None);
            steps.AddRange(level.Steps.Select(s => s with { Rule = $"{s.Rule}（第{i}人）" }));
            steps.AddRange(care.Steps.Select(s => s with { Rule = $"{s.Rule}（第{i}人）" }));
            total += basic.Value + care.Value;
        }

        steps.Add(new("特困供养金", $"{covered.Count} 人 × 基本生活标准 {basic.Value} + 照料护理标准合计 = {total}/月", total));
        return new Explained<Money>(total, steps);
    }

    /// <summary>低保: 补差 for every covered member, plus 分类施保 for members of the special groups.</summary>
    public static Explained<Money> Dibao(IReadOnlyList<MemberFacts> covered, Money perCapitaIncome, BenefitPolicy policy)
    {
        var topUp = DibaoRules.TopUp(policy.MonthlyStandard, perCapitaIncome, covered.Count);
        var steps = new List<ExplanationStep>(topUp.Steps);
        var total = topUp.Value;
        if (topUp.Value > Money.Zero)
        {
            foreach (var group in covered.Select(m => Category(m, policy.Categories)).Where(c => c.Percent > 0).GroupBy(c => (c.Name, c.Percent)))
            {
                var extra = DibaoRules.CategoryExtra(policy.MonthlyStandard, group.Key.Percent, group.Count(), group.Key.Name);
                steps.AddRange(extra.Steps);
                total += extra.Value;
            }
        }

        if (total != topUp.Value)
        {
            steps.Add(new("低保金", $"补差 {topUp.Value} + 分类施保 {total - topUp.Value} = {total}/月", total));
        }

        return new Explained<Money>(total, steps);
    }

    /// <summary>单人保: each covered member receives the set percentage of the standard.</summary>
    public static Explained<Money> SinglePerson(int covered, BenefitPolicy policy)
    {
        var each = new Money((long)Math.Round(policy.MonthlyStandard.Fen * policy.SinglePersonPercent / 100m, MidpointRounding.AwayFromZero));
        var amount = each * covered;
        return Explained<Money>.Of(amount, "单人保", $"低保标准 {policy.MonthlyStandard} × {policy.SinglePersonPercent:0.##}% × {covered} 人 = {amount}/月", amount);
    }

    /// <summary>The member's 分类施保 group with the highest percentage (就高不叠加), or none.</summary>
    private static (string Name, decimal Percent) Category(MemberFacts m, CategoryPercents p)
    {
        var groups = new List<(string, decimal)>();
        if (m.Age >= 60)
        {
            groups.Add(("老年人", p.Elderly));
        }

        if (m.Age < 18)
        {
            groups.Add(("未成年人", p.Minor));
        }

        if (DisabilityLabels.IsSevere(m.Disability, m.DisabilityGrade))
        {
            groups.Add(("重度残疾人", p.SevereDisability));
        }

        if (m.SeriousIllness)
        {
            groups.Add(("重病患者", p.SeriousIllness));
        }

        return groups.Count == 0 ? ("", 0m) : groups.MaxBy(g => g.Item2);
    }
}
