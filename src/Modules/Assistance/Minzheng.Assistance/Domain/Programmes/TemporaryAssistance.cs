using Minzheng.Assistance.Domain.Benefits;
using Minzheng.Kernel.Money;

namespace Minzheng.Assistance.Domain.Programmes;

/// <summary>临时救助 kinds (DOMAIN-RULES §3): sudden hardship, or spending beyond the household's means.</summary>
public enum TemporaryKind
{
    Emergency = 0,
    Expenditure = 1,
}

/// <summary>The cause of a 临时救助: the same cause is helped once a year (“同一事由一年内原则上只能申请一次”).</summary>
public enum TemporaryCause
{
    Fire = 0,
    TrafficAccident = 1,
    SuddenIllness = 2,
    OtherAccident = 3,
    Medical = 10,
    Education = 11,
}

/// <summary>What the investigation found for a 临时救助: its kind, cause and the amount proposed (in fen).</summary>
public sealed record TemporaryFacts(TemporaryKind Kind, TemporaryCause Cause, long ProposedFen);

/// <summary>The settings a 临时救助 reads.</summary>
internal sealed record TemporaryPolicy(Money MonthlyStandard, decimal MaxMonthsPerPerson, decimal TownMaxMonths, Money IncomeLineAnnual);

/// <summary>A decided 临时救助: the amount (0 when not eligible), whether the town may approve it itself, and why.</summary>
internal sealed record TemporaryDecision(Money Amount, bool TownMayApprove, IReadOnlyList<ExplanationStep> Steps);

/// <summary>
/// 临时救助 (DOMAIN-RULES §3, local examples as settings): at most N months of the standard per person; the town approves
/// up to M months of the standard, the district above; 支出型 needs per-capita income below last year's per-capita
/// disposable income and assets within the rules; 急难型 is helped first (先行救助); once a year per cause.
/// </summary>
internal static class TemporaryAssistance
{
    public static TemporaryDecision Decide(TemporaryFacts facts, int members, Money perCapitaIncome, bool assetsOk, bool sameCauseWithinYear, TemporaryPolicy policy)
    {
        var steps = new List<ExplanationStep>();
        var cap = new Money((long)Math.Round(policy.MonthlyStandard.Fen * policy.MaxMonthsPerPerson * members, MidpointRounding.AwayFromZero));
        var townCap = new Money((long)Math.Round(policy.MonthlyStandard.Fen * policy.TownMaxMonths, MidpointRounding.AwayFromZero));
        var proposed = new Money(facts.ProposedFen);
        var reasons = new List<string>();
        if (sameCauseWithinYear)
        {
            reasons.Add($"同一事由（{Label(facts.Cause)}）一年内已获临时救助");
        }

        if (facts.Kind == TemporaryKind.Expenditure)
        {
            var annual = perCapitaIncome * 12;
            steps.Add(new("临时救助：支出型", $"人均年收入 {annual}，上年度人均可支配收入 {policy.IncomeLineAnnual}；财产{(assetsOk ? "符合" : "不符合")}", null));
            if (annual >= policy.IncomeLineAnnual)
            {
                reasons.Add("人均收入不低于上年度人均可支配收入");
            }

            if (!assetsOk)
            {
                reasons.Add("财产状况不符合");
            }
        }
        else
        {
            steps.Add(new("临时救助：急难型", $"{Label(facts.Cause)}：急难型先行救助，不作收入核算", null));
        }

        if (proposed > cap)
        {
            reasons.Add($"拟救助金额 {proposed} 超过上限 {cap}（低保标准 {policy.MonthlyStandard} × {policy.MaxMonthsPerPerson:0.##} 个月 × {members} 人）");
        }

        if (proposed <= Money.Zero)
        {
            reasons.Add("请填写拟救助金额");
        }

        if (reasons.Count > 0)
        {
            steps.Add(new("临时救助", $"不予救助：{string.Join("；", reasons)}", Money.Zero));
            return new TemporaryDecision(Money.Zero, false, steps);
        }

        var town = proposed <= townCap;
        steps.Add(new("临时救助", $"{Label(facts.Cause)}，一次性救助 {proposed}（上限 {cap}）；{(town ? $"不超过 {townCap}，由乡镇（街道）审批" : $"超过 {townCap}，报区民政局审批")}", proposed));
        return new TemporaryDecision(proposed, town, steps);
    }

    public static string Label(TemporaryCause cause) => cause switch
    {
        TemporaryCause.Fire => "火灾",
        TemporaryCause.TrafficAccident => "交通事故",
        TemporaryCause.SuddenIllness => "突发重大疾病",
        TemporaryCause.OtherAccident => "其他意外事件",
        TemporaryCause.Medical => "医疗支出",
        _ => "教育支出",
    };
}
