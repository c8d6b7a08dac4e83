using Minzheng.Assistance.Domain.Benefits;
using Minzheng.Kernel.Money;

namespace Minzheng.Assistance.Domain.Programmes;

/// <summary>
/// Where an application lands: the programme (null when none), the members it covers, and why. <paramref name="HouseholdEdge"/>
/// marks a 单人保 granted inside a 低保边缘家庭: the household stays recognised as 边缘 (DOMAIN-RULES §16.1).
/// </summary>
internal sealed record Routing(Programme? Programme, IReadOnlyList<Guid> Covered, bool SinglePerson, IReadOnlyList<ExplanationStep> Steps, bool HouseholdEdge = false);

/// <summary>
/// 一次申请、分类审核认定 (DOMAIN-RULES §4): one application is tried against 特困, then 低保, then 低保边缘, then 刚性支出困难,
/// from the level applied for down, without re-entering anything; the first level met wins. 特困 is tested per person;
/// the other levels are the household's, over the members counted in it (excluded members are in neither its size nor
/// its income). A 低保边缘 household's severely disabled or seriously ill members are covered by 低保 on their own
/// (单人保, §1.1), and the household stays 边缘.
/// </summary>
internal static class ProgrammeRouting
{
    // livelihoodPerCapita: the per-capita 生活来源 for 特困's 无生活来源 test (without 高龄津贴 and 社会保险待遇); the 低保
    // per-capita income when left out.
    public static Routing Route(Programme startAt, Assessment facts, Money perCapitaIncome, Money countedMonthlyTotal, RoutingPolicy policy, Money? livelihoodPerCapita = null)
    {
        var members = facts.Members.Where(m => m.Counted).ToList();
        if (members.Count == 0)
        {
            throw new ArgumentException("计入的共同生活家庭成员至少1人", nameof(facts));
        }

        var steps = new List<ExplanationStep>();
        var assets = AssetRules.WithinLimits(facts.Assets, policy.Assets, policy.MonthlyStandard, members.Count);
        steps.AddRange(assets.Steps);
        var all = members.Select(m => m.PersonId).ToList();
        var belowStandard = perCapitaIncome < policy.MonthlyStandard;

        var livelihood = livelihoodPerCapita ?? perCapitaIncome;
        if (startAt <= Programme.Tekun && Tekun(facts, members, livelihood < policy.MonthlyStandard && assets.Value, livelihood, policy, steps) is { } tekun)
        {
            return tekun;
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
            var edgeAssets = AssetRules.WithinLimits(facts.Assets, policy.EdgeAssetLimits, policy.MonthlyStandard, members.Count);
            var edge = DibaoRules.IsEdge(policy.MonthlyStandard, perCapitaIncome, policy.EdgeMultiplier);
            steps.AddRange(edge.Steps);
            steps.Add(edgeAssets.Steps[0] with { Rule = "财产状况（低保边缘）" });
            if (edge.Value && edgeAssets.Value)
            {
                var single = members.Where(m => DisabilityLabels.IsSevere(m.Disability, m.DisabilityGrade) || m.SeriousIllness).Select(m => m.PersonId).ToList();
                if (single.Count > 0)
                {
                    steps.Add(new("认定：低保边缘", "认定为低保边缘家庭（可享受相应专项救助）", null));
                    steps.Add(new("认定：单人保", $"低保边缘家庭中 {single.Count} 名重度残疾或重病成员单独纳入低保（单人保），家庭仍为低保边缘家庭", null));
                    return new Routing(Programme.Dibao, single, true, steps, HouseholdEdge: true);
                }

                steps.Add(new("认定：低保边缘", "认定为低保边缘家庭（可享受相应专项救助，无按月补差）", null));
                return new Routing(Programme.Edge, all, false, steps);
            }

            steps.Add(new("认定：低保边缘", $"不符合低保边缘条件{(edgeAssets.Value ? "" : "（财产状况不符合低保边缘家庭的规定）")}，转入刚性支出困难认定", null));
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

    /// <summary>
    /// 特困 per person: the members who meet it are covered; the others are named with what they lack and may be assessed
    /// for 低保 in an application of their own (the 特困 members then marked as not counted). Null when nobody is 特困.
    /// </summary>
    private static Routing? Tekun(Assessment facts, List<MemberFacts> members, bool noLivelihood, Money perCapitaIncome, RoutingPolicy policy, List<ExplanationStep> steps)
    {
        var tests = members.Select(m => TekunEligibility.Test(m, facts.ObligorAble, noLivelihood, policy.SeriousIllnessUnable)).ToList();
        var lines = tests.Select(t => $"{HouseholdMembers.Name(facts.Members, t.Member)}：" + (t.Eligible ? "无劳动能力、无生活来源、无有能力的义务人，符合"
            : t.Orphan ? "同时符合孤儿认定条件，纳入孤儿基本生活保障，不再认定为特困人员" : string.Join("、", t.Missing))).ToList();
        var livelihood = noLivelihood ? "" : $"（人均生活来源 {perCapitaIncome}，低保标准 {policy.MonthlyStandard}）";
        var eligible = tests.Where(t => t.Eligible).Select(t => t.Member.PersonId).ToList();
        if (eligible.Count == 0)
        {
            steps.Add(new("认定：特困", $"特困按人认定，无成员符合{livelihood}：{string.Join("；", lines)}；转入低保认定", null));
            return null;
        }

        steps.Add(new("认定：特困", $"特困按人认定{livelihood}：{string.Join("；", lines)}；认定 {eligible.Count} 人为特困人员", null));
        var others = members.Count - eligible.Count;
        if (others > 0)
        {
            steps.Add(new("其余成员", $"其余 {others} 名成员不属于特困人员，不随特困供养；可另行申请低保（申请时将已认定的特困人员标为“{ExclusionLabels.Of(MemberExclusion.SupportedAsTekun)}”，不计入家庭人数和收入）", null));
        }

        return new Routing(Programme.Tekun, eligible, false, steps);
    }
}
