using Minzheng.Assistance.Domain.Benefits;
using Minzheng.Kernel.Money;

namespace Minzheng.Assistance.Domain.Programmes;

/// <summary>Where an application lands: the programme (null when none), the members it covers, and why.</summary>
internal sealed record Routing(Programme? Programme, IReadOnlyList<Guid> Covered, bool SinglePerson, IReadOnlyList<ExplanationStep> Steps);

/// <summary>
/// 一次申请、分类审核认定 (DOMAIN-RULES §4): one application is tried against 特困, then 低保, then 低保边缘, then 刚性支出困难,
/// from the level applied for down, without re-entering anything; the first level met wins. A 低保边缘 household's
/// severely disabled or seriously ill members are covered by 低保 on their own (单人保, §1.1).
/// </summary>
internal static class ProgrammeRouting
{
    public static Routing Route(Programme startAt, Assessment facts, Money perCapitaIncome, Money countedMonthlyTotal, RoutingPolicy policy)
    {
        var members = facts.Members;
        if (members.Count == 0)
        {
            throw new ArgumentException("共同生活的家庭成员至少1人", nameof(facts));
        }

        var steps = new List<ExplanationStep>();
        var assets = AssetRules.WithinLimits(facts.Assets, policy.Assets, policy.MonthlyStandard, members.Count);
        steps.AddRange(assets.Steps);
        var all = members.Select(m => m.PersonId).ToList();
        var belowStandard = perCapitaIncome < policy.MonthlyStandard;

        if (startAt <= Programme.Tekun)
        {
            var unable = members.Where(m => !TekunRules.UnableToWork(m.Age, m.Disability, m.DisabilityGrade)).ToList();
            var reasons = new List<string>();
            if (unable.Count > 0)
            {
                reasons.Add($"{unable.Count} 名成员不属于无劳动能力（60周岁以上、16周岁以下或相应等级残疾）");
            }

            if (facts.ObligorAble)
            {
                reasons.Add("有履行义务能力的赡养、抚养、扶养义务人");
            }

            if (!belowStandard || !assets.Value)
            {
                reasons.Add($"不属于无生活来源（人均收入 {perCapitaIncome}，低保标准 {policy.MonthlyStandard}{(assets.Value ? "" : "，财产不符合")}）");
            }

            if (reasons.Count == 0)
            {
                steps.Add(new("认定：特困", $"全部 {members.Count} 名成员无劳动能力、无生活来源、无有能力的义务人：认定为特困人员", null));
                return new Routing(Programme.Tekun, all, false, steps);
            }

            steps.Add(new("认定：特困", $"不符合特困条件：{string.Join("；", reasons)}，转入低保认定", null));
        }

        if (startAt <= Programme.Dibao)
        {
            if (belowStandard && assets.Value)
            {
                steps.Add(new("认定：低保", $"人均收入 {perCapitaIncome} 低于低保标准 {policy.MonthlyStandard}，财产符合：认定为低保家庭", null));
                return new Routing(Programme.Dibao, all, false, steps);
            }

            steps.Add(new("认定：低保", $"不符合低保条件：{(belowStandard ? "财产状况不符合" : $"人均收入 {perCapitaIncome} 不低于低保标准 {policy.MonthlyStandard}")}，转入低保边缘认定", null));
        }

        if (startAt <= Programme.Edge)
        {
            var edge = DibaoRules.IsEdge(policy.MonthlyStandard, perCapitaIncome, policy.EdgeMultiplier);
            steps.AddRange(edge.Steps);
            if (edge.Value && assets.Value)
            {
                var single = members.Where(m => DisabilityLabels.IsSevere(m.Disability, m.DisabilityGrade) || m.SeriousIllness).Select(m => m.PersonId).ToList();
                if (single.Count > 0)
                {
                    steps.Add(new("认定：单人保", $"低保边缘家庭中 {single.Count} 名重度残疾或重病成员单独纳入低保（单人保）", null));
                    return new Routing(Programme.Dibao, single, true, steps);
                }

                steps.Add(new("认定：低保边缘", "认定为低保边缘家庭（可享受相应专项救助，无按月补差）", null));
                return new Routing(Programme.Edge, all, false, steps);
            }

            steps.Add(new("认定：低保边缘", $"不符合低保边缘条件{(assets.Value ? "" : "（财产状况不符合）")}，转入刚性支出困难认定", null));
        }

        var annualPerCapita = perCapitaIncome * 12;
        var annualIncome = countedMonthlyTotal * 12;
        var share = new Money((long)Math.Round(annualIncome.Fen * policy.RigidExpenseSharePercent / 100m, MidpointRounding.AwayFromZero));
        var rigidExpense = new Money(facts.RigidExpense12MonthsFen);
        var incomeOk = annualPerCapita < policy.RigidIncomeLineAnnual;
        var expenseOk = rigidExpense > Money.Zero && rigidExpense > share;
        var rigid = incomeOk && expenseOk && assets.Value;
        steps.Add(new("认定：刚性支出困难",
            $"人均年收入 {annualPerCapita}（上年度人均可支配收入 {policy.RigidIncomeLineAnnual}）；近12个月刚性支出 {rigidExpense}，家庭年收入 {annualIncome} 的 {policy.RigidExpenseSharePercent}% 为 {share}"
            + (rigid ? "：认定为刚性支出困难家庭" : "：不符合，不予认定任何救助类别"), null));
        return new Routing(rigid ? Programme.RigidExpense : null, rigid ? all : [], false, steps);
    }
}
