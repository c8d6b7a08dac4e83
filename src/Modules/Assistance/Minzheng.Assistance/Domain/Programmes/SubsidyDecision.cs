using Minzheng.Assistance.Domain.Benefits;
using Minzheng.Kernel.Money;

namespace Minzheng.Assistance.Domain.Programmes;

/// <summary>
/// The two disability subsidies for one person (DOMAIN-RULES §6): eligibility by the Hunan rules, then the monthly
/// amount in force (both 75 元 in the 2022 plan, settings). An orphan under 18 is protected by 孤儿基本生活保障 instead of
/// the 生活补贴 (the policy review of 2026-12).
/// </summary>
internal static class SubsidyDecision
{
    public static Explained<Money> Decide(Programme programme, MemberFacts person, Assessment facts, bool onDibao, Money livingAmount, Money careAmount, bool careExtendsToMentalGrade34 = false)
    {
        if (person.Disability == DisabilityKind.None || person.DisabilityGrade is not { } grade)
        {
            return Explained<Money>.Of(Money.Zero, ProgrammeLabels.Of(programme), "未登记残疾类别和等级：不符合", Money.Zero);
        }

        if (programme == Programme.DisabilityLiving && person.Orphan && person.Age < 18)
        {
            return Explained<Money>.Of(Money.Zero, ProgrammeLabels.Of(programme), "已纳入孤儿基本生活保障：不再发放困难残疾人生活补贴", Money.Zero);
        }

        var eligible = programme == Programme.DisabilityLiving
            ? DisabilitySubsidyRules.LivingSubsidyEligible(facts.HunanHukou, facts.SecondGenerationCard, onDibao)
            : DisabilitySubsidyRules.CareSubsidyEligible(facts.HunanHukou, facts.SecondGenerationCard, grade, person.Disability, person.LongTermCare, careExtendsToMentalGrade34);
        var amount = programme == Programme.DisabilityLiving ? livingAmount : careAmount;
        var steps = new List<ExplanationStep>(eligible.Steps)
        {
            eligible.Value
                ? new(ProgrammeLabels.Of(programme), $"{DisabilityLabels.Of(person.Disability)}{grade}级：每月 {amount}", amount)
                : new(ProgrammeLabels.Of(programme), "不符合补贴条件", Money.Zero),
        };
        return new Explained<Money>(eligible.Value ? amount : Money.Zero, steps);
    }
}
