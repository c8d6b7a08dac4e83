using Minzheng.Assistance.Domain.Benefits;
using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Kernel.Money;

namespace Minzheng.UnitTests.Assistance;

public class ProgrammeRoutingTests
{
    private static Money Yuan(decimal y) => Money.FromYuan(y);

    private static readonly RoutingPolicy Policy = new(Yuan(602), 1.5m, new AssetLimits(1m, 0, 1, false), Yuan(31993), 60);

    private static readonly BenefitPolicy Benefits = new(Yuan(602), new CategoryPercents(0, 0, 0, 0), 75m, 1.3m, Yuan(1540), (10, 6, 3), Money.Zero);

    private static MemberFacts Member(int age, DisabilityKind kind = DisabilityKind.None, int? grade = null, bool ill = false, int selfCare = 0) =>
        new(Guid.NewGuid(), age, kind, grade, ill, selfCare);

    private static Routing Route(Programme start, Assessment facts, decimal perCapita, decimal? total = null) =>
        ProgrammeRouting.Route(start, facts, Yuan(perCapita), Yuan(total ?? perCapita * facts.Members.Count), Policy);

    [Fact]
    public void A_lone_elder_without_income_or_able_obligor_is_tekun()
    {
        var routing = Route(Programme.Tekun, new Assessment([Member(78)], new AssetFacts(), ObligorAble: false), 0);
        Assert.Equal(Programme.Tekun, routing.Programme);
        Assert.Single(routing.Covered);
        Assert.Contains(routing.Steps, s => s.Rule == "认定：特困" && s.Text.Contains("认定 1 人为特困人员", StringComparison.Ordinal));
    }

    [Fact]
    public void Tekun_is_decided_per_person_a_widow_is_tekun_while_her_grandson_a_student_of_17_is_not()
    {
        // 社会救助暂行办法 Art. 14: the widow (62, no income, no able 义务人) is 特困 although her 17-year-old grandson
        // lives with her and is not 无劳动能力; he is not covered and is told to apply for 低保.
        var widow = Member(62);
        var grandson = Member(17);
        var routing = Route(Programme.Tekun, new Assessment([widow, grandson], new AssetFacts(), ObligorAble: false), 0);
        Assert.Equal(Programme.Tekun, routing.Programme);
        Assert.Equal([widow.PersonId], routing.Covered);
        var tekun = Assert.Single(routing.Steps, s => s.Rule == "认定：特困");
        Assert.Contains("第1名成员（62岁）：无劳动能力、无生活来源、无有能力的义务人，符合", tekun.Text, StringComparison.Ordinal);
        Assert.Contains("第2名成员（17岁）：不属于老年人、残疾人或未满16周岁的未成年人", tekun.Text, StringComparison.Ordinal);
        Assert.Contains(routing.Steps, s => s.Rule == "其余成员" && s.Text.Contains("可另行申请低保", StringComparison.Ordinal));

        // Her amount is hers alone: one basic standard plus her care.
        var amount = MonthlyBenefit.For(routing, new Assessment([widow, grandson], new AssetFacts(), ObligorAble: false), Money.Zero, Benefits);
        Assert.Equal(Yuan(782.60m + 154m), amount.Value);
    }

    [Fact]
    public void Elderly_allowance_and_social_insurance_count_for_dibao_but_are_no_livelihood_in_the_tekun_test()
    {
        // A lone 90-year-old: 高龄津贴 200 + 医保等社会保险待遇 500 a month. 700 counts for 低保 (above 602), but
        // neither is a 生活来源, so she has none: 特困.
        HouseholdIncome[] incomes = [new(IncomeType.ElderlyAllowance, Yuan(200)), new(IncomeType.SocialInsuranceBenefit, Yuan(500))];
        var dibao = DibaoRules.PerCapitaIncome(incomes, 1);
        var livelihood = DibaoRules.LivelihoodPerCapita(incomes, 1);
        Assert.Equal(Yuan(700), dibao.Value);
        Assert.Equal(Money.Zero, livelihood.Value);
        var facts = new Assessment([Member(90)], new AssetFacts(), ObligorAble: false);
        Assert.Equal(Programme.Tekun, ProgrammeRouting.Route(Programme.Tekun, facts, dibao.Value, Yuan(700), Policy, livelihood.Value).Programme);
        // Counted as income, the same allowances would have kept her out of 特困 (and of 低保).
        Assert.Equal(Programme.Edge, ProgrammeRouting.Route(Programme.Tekun, facts, dibao.Value, Yuan(700), Policy).Programme);
        Assert.True(IncomeRules.IsCounted(IncomeType.ElderlyAllowance));
        Assert.False(IncomeRules.IsLivelihood(IncomeType.BasicPensionBase));
    }

    [Fact]
    public void Each_member_has_their_own_obligor_and_one_with_an_able_son_is_not_tekun()
    {
        var supported = Member(80) with { ObligorAble = true };
        var alone = Member(75);
        var routing = Route(Programme.Tekun, new Assessment([supported, alone], new AssetFacts(), ObligorAble: false), 0);
        Assert.Equal([alone.PersonId], routing.Covered);
        Assert.Contains(routing.Steps, s => s.Rule == "认定：特困" && s.Text.Contains("第1名成员（80岁）：有能力履行义务的赡养、抚养、扶养义务人", StringComparison.Ordinal));
    }

    [Fact]
    public void A_child_under_16_who_is_also_an_orphan_is_protected_as_an_orphan_not_as_tekun()
    {
        var grandmother = Member(70);
        var orphan = Member(10) with { Orphan = true };
        var both = Route(Programme.Tekun, new Assessment([grandmother, orphan], new AssetFacts(), ObligorAble: false), 0);
        Assert.Equal([grandmother.PersonId], both.Covered);
        Assert.Contains(both.Steps, s => s.Rule == "认定：特困" && s.Text.Contains("第2名成员（10岁）：同时符合孤儿认定条件，纳入孤儿基本生活保障，不再认定为特困人员", StringComparison.Ordinal));

        // Alone, the orphan is not 特困 at all: the routing goes on to 低保 and says why.
        var alone = Route(Programme.Tekun, new Assessment([orphan], new AssetFacts(), ObligorAble: false), 0);
        Assert.Equal(Programme.Dibao, alone.Programme);
        Assert.Contains(alone.Steps, s => s.Rule == "认定：特困" && s.Text.Contains("纳入孤儿基本生活保障", StringComparison.Ordinal) && s.Text.Contains("转入低保认定", StringComparison.Ordinal));

        // Without the orphan conditions (a parent alive but unable), the same child is 特困.
        Assert.Equal(Programme.Tekun, Route(Programme.Tekun, new Assessment([orphan with { Orphan = false }], new AssetFacts(), ObligorAble: false), 0).Programme);
    }

    [Fact]
    public void Hunans_serious_illness_case_counts_as_unable_to_work_only_when_the_setting_applies_it()
    {
        // 40 years old, 重特大疾病, five of six self-care items lost for over a year, a grade-4 physical disability card.
        var ill = new MemberFacts(Guid.NewGuid(), 40, DisabilityKind.Physical, 4, SeriousIllness: true, SelfCareNotAchieved: 5, SelfCareLostOverAYear: true);
        var facts = new Assessment([ill], new AssetFacts(), ObligorAble: false);
        Assert.Equal(Programme.Tekun, ProgrammeRouting.Route(Programme.Tekun, facts, Money.Zero, Money.Zero, Policy with { SeriousIllnessUnable = true }).Programme);
        Assert.Equal(Programme.Dibao, ProgrammeRouting.Route(Programme.Tekun, facts, Money.Zero, Money.Zero, Policy).Programme);
        // Less than a year, or without a disability card, is not enough.
        Assert.False(TekunEligibility.UnableThroughIllness(ill with { SelfCareLostOverAYear = false }));
        Assert.False(TekunEligibility.UnableThroughIllness(ill with { Disability = DisabilityKind.None, DisabilityGrade = null }));
        Assert.False(TekunEligibility.UnableThroughIllness(ill with { SelfCareNotAchieved = 3 }));
    }

    [Fact]
    public void Excluded_members_count_in_neither_the_size_nor_the_income_and_the_explanation_says_why()
    {
        // A father in prison keeps a 3,000-yuan income on paper; the mother and child have 400 a month between them.
        var father = Member(45) with { Excluded = MemberExclusion.Imprisoned };
        var mother = Member(40);
        var child = Member(8);
        var facts = new Assessment([father, mother, child], new AssetFacts());
        var size = HouseholdMembers.Count(facts);
        Assert.Equal(2, size.Value);
        Assert.Contains("不计入 1 人：第1名成员（45岁）在监狱服刑或强制隔离戒毒", size.Steps[0].Text, StringComparison.Ordinal);
        var incomes = HouseholdMembers.IncomesOfCounted(facts, [
            new() { PersonId = father.PersonId, Type = IncomeType.Wage, MonthlyFen = Yuan(3000).Fen },
            new() { PersonId = mother.PersonId, Type = IncomeType.Wage, MonthlyFen = Yuan(400).Fen },
        ]);
        var perCapita = DibaoRules.PerCapitaIncome(incomes, size.Value);
        Assert.Equal(Yuan(200), perCapita.Value); // 400 ÷ 2, not 3,400 ÷ 3
        var routing = ProgrammeRouting.Route(Programme.Dibao, facts, perCapita.Value, Yuan(400), Policy);
        Assert.Equal(Programme.Dibao, routing.Programme);
        Assert.Equal([mother.PersonId, child.PersonId], routing.Covered);
        Assert.Equal(Yuan((602 - 200) * 2), MonthlyBenefit.For(routing, facts, perCapita.Value, Benefits).Value);

        Assert.Throws<ArgumentException>(() => HouseholdMembers.Count(new Assessment([father], new AssetFacts())));
    }

    [Fact]
    public void A_household_refused_dibao_for_its_car_is_edge_when_the_edge_asset_rules_allow_the_car()
    {
        var policy = Policy with { EdgeAssets = new AssetLimits(2m, 1, 1, false) };
        var facts = new Assessment([Member(40), Member(38)], new AssetFacts(Vehicles: 1));
        var routing = ProgrammeRouting.Route(Programme.Tekun, facts, Yuan(300), Yuan(600), policy);
        Assert.Equal(Programme.Edge, routing.Programme);
        Assert.Contains(routing.Steps, s => s.Rule == "认定：低保" && s.Text.Contains("财产状况不符合", StringComparison.Ordinal));
        Assert.Contains(routing.Steps, s => s.Rule == "财产状况（低保边缘）" && s.Text.Contains("符合财产状况规定", StringComparison.Ordinal));

        // Two cars are beyond the edge rules too: nothing.
        Assert.Null(ProgrammeRouting.Route(Programme.Tekun, facts with { Assets = new AssetFacts(Vehicles: 2) }, Yuan(300), Yuan(600), policy).Programme);
    }

    [Fact]
    public void A_single_person_dibao_in_an_edge_household_keeps_the_household_edge()
    {
        var disabled = Member(30, DisabilityKind.Intellectual, 2);
        var routing = Route(Programme.Tekun, new Assessment([Member(40), disabled], new AssetFacts()), 700m);
        Assert.Equal(Programme.Dibao, routing.Programme);
        Assert.True(routing.HouseholdEdge);
        Assert.Contains(routing.Steps, s => s.Rule == "认定：单人保" && s.Text.Contains("家庭仍为低保边缘家庭", StringComparison.Ordinal));
        Assert.False(Route(Programme.Tekun, new Assessment([Member(40), Member(38)], new AssetFacts()), 300m).HouseholdEdge);
    }

    [Fact]
    public void With_an_able_obligor_the_same_elder_falls_to_dibao_without_re_entering_anything()
    {
        var routing = Route(Programme.Tekun, new Assessment([Member(78)], new AssetFacts(), ObligorAble: true), 100);
        Assert.Equal(Programme.Dibao, routing.Programme);
        Assert.Contains(routing.Steps, s => s.Rule == "认定：特困" && s.Text.Contains("义务人", StringComparison.Ordinal) && s.Text.Contains("转入低保认定", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(60, DisabilityKind.None, null, true)]
    [InlineData(59, DisabilityKind.None, null, false)]
    [InlineData(15, DisabilityKind.None, null, true)]
    [InlineData(16, DisabilityKind.None, null, false)]
    [InlineData(40, DisabilityKind.Intellectual, 3, true)]
    [InlineData(40, DisabilityKind.Mental, 4, false)]
    [InlineData(40, DisabilityKind.Physical, 2, true)]
    [InlineData(40, DisabilityKind.Physical, 3, false)]
    [InlineData(40, DisabilityKind.Visual, 1, true)]
    [InlineData(40, DisabilityKind.Visual, 2, false)]
    [InlineData(40, DisabilityKind.Hearing, 1, false)]
    [InlineData(40, DisabilityKind.Multiple, 1, true)]
    [InlineData(40, DisabilityKind.Multiple, 2, false)]
    public void No_ability_to_work_follows_the_2021_rules_at_their_boundaries(int age, DisabilityKind kind, int? grade, bool unable) =>
        Assert.Equal(unable, TekunRules.UnableToWork(age, kind, grade));

    [Fact]
    public void Income_one_fen_below_the_standard_is_dibao_and_at_the_standard_is_edge()
    {
        var facts = Assessment.Default([Member(40), Member(38)]);
        Assert.Equal(Programme.Dibao, Route(Programme.Tekun, facts, 601.99m).Programme);
        var edge = Route(Programme.Tekun, facts, 602m);
        Assert.Equal(Programme.Edge, edge.Programme);
        Assert.Contains(edge.Steps, s => s.Rule == "认定：低保" && s.Text.Contains("不低于低保标准", StringComparison.Ordinal));
    }

    [Fact]
    public void The_edge_line_is_the_multiplier_times_the_standard_and_above_it_the_routing_reaches_rigid_expense()
    {
        var facts = Assessment.Default([Member(40), Member(38)]);
        Assert.Equal(Programme.Edge, Route(Programme.Dibao, facts, 902.99m).Programme); // 602 × 1.5 = 903
        var above = Route(Programme.Dibao, facts, 903m);
        Assert.Null(above.Programme);
        Assert.Contains(above.Steps, s => s.Rule == "认定：刚性支出困难" && s.Text.Contains("不予认定", StringComparison.Ordinal));
    }

    [Fact]
    public void Rigid_expense_needs_spending_above_the_share_of_income_and_income_below_the_line()
    {
        // 1000 a month per person, two people: 24,000 a year; 60 % is 14,400.
        var spending = new Assessment([Member(40), Member(38)], new AssetFacts(), RigidExpense12MonthsFen: Yuan(14400.01m).Fen);
        Assert.Equal(Programme.RigidExpense, Route(Programme.Tekun, spending, 1000m).Programme);
        var atShare = spending with { RigidExpense12MonthsFen = Yuan(14400m).Fen };
        Assert.Null(Route(Programme.Tekun, atShare, 1000m).Programme);
        // 2700 a month per person is 32,400 a year: above the 31,993 line, however large the spending.
        var rich = spending with { RigidExpense12MonthsFen = Yuan(100000m).Fen };
        Assert.Null(Route(Programme.RigidExpense, rich, 2700m).Programme);
    }

    [Fact]
    public void Assets_over_a_limit_rule_out_every_level_and_the_explanation_names_the_limit()
    {
        var car = new Assessment([Member(40)], new AssetFacts(Vehicles: 1));
        var routing = Route(Programme.Tekun, car, 0);
        Assert.Null(routing.Programme);
        Assert.Contains(routing.Steps, s => s.Rule == "财产状况" && s.Text.Contains("机动车 1 辆（上限 0 辆）", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(722400, true)]  // 602 × 12 × 1 year × 1 person = 7,224.00
    [InlineData(722401, false)]
    public void The_deposit_cap_is_years_of_the_annual_standard_per_member(long depositsFen, bool ok) =>
        Assert.Equal(ok, AssetRules.WithinLimits(new AssetFacts(depositsFen), Policy.Assets, Yuan(602), 1).Value);

    [Fact]
    public void An_edge_household_with_a_severely_disabled_member_covers_that_member_alone_by_dibao()
    {
        var disabled = Member(30, DisabilityKind.Mental, 3);
        var routing = Route(Programme.Tekun, new Assessment([Member(40), disabled], new AssetFacts()), 700m);
        Assert.Equal(Programme.Dibao, routing.Programme);
        Assert.True(routing.SinglePerson);
        Assert.Equal([disabled.PersonId], routing.Covered);
        var amount = MonthlyBenefit.For(routing, new Assessment([Member(40), disabled], new AssetFacts()), Yuan(700), Benefits);
        Assert.Equal(Yuan(451.5m), amount.Value); // 602 × 75 %
    }

    [Fact]
    public void Starting_at_a_lower_level_never_reaches_a_higher_one()
    {
        var elder = new Assessment([Member(80)], new AssetFacts(), ObligorAble: false);
        Assert.Equal(Programme.Dibao, Route(Programme.Dibao, elder, 0).Programme);
        Assert.DoesNotContain(Route(Programme.Dibao, elder, 0).Steps, s => s.Rule == "认定：特困");
    }

    [Fact]
    public void Tekun_pays_the_basic_standard_plus_the_care_standard_of_each_persons_self_care_level()
    {
        var full = Member(70);
        var none = Member(85, selfCare: 5);
        var facts = new Assessment([full, none], new AssetFacts(), ObligorAble: false);
        var routing = Route(Programme.Tekun, facts, 0);
        var amount = MonthlyBenefit.For(routing, facts, Money.Zero, Benefits);
        // basic ⌈602 × 1.3⌉ = 782.60 each; care 1540 × 1/10 = 154.00 and ⌈1540 × 1/3⌉ = 513.34.
        Assert.Equal(Yuan(782.60m * 2 + 154m + 513.34m), amount.Value);
        Assert.Contains(amount.Steps, s => s.Text.Contains("全护理", StringComparison.Ordinal));
    }

    [Fact]
    public void Category_extras_add_the_highest_percentage_of_each_members_groups()
    {
        var policy = Benefits with { Categories = new CategoryPercents(Elderly: 10, Minor: 20, SevereDisability: 30, SeriousIllness: 0) };
        var facts = new Assessment([Member(65, DisabilityKind.Physical, 1), Member(10), Member(40)], new AssetFacts());
        var routing = Route(Programme.Dibao, facts, 300);
        var amount = MonthlyBenefit.For(routing, facts, Yuan(300), policy);
        // 补差 (602 − 300) × 3 = 906; the disabled elder 30 % = 180.60; the child 20 % = 120.40.
        Assert.Equal(Yuan(906m + 180.60m + 120.40m), amount.Value);
        Assert.Contains(amount.Steps, s => s.Rule == "分类施保" && s.Text.StartsWith("重度残疾人", StringComparison.Ordinal));
    }

    [Fact]
    public void A_small_dibao_top_up_is_raised_to_the_minimum_payment_and_a_larger_one_is_not()
    {
        var policy = Benefits with { MinimumPayment = Yuan(30) };
        var facts = Assessment.Default([Member(40)]);

        // Income 1 yuan below the standard: 补差 1.00 → 保底 30.00, with the step that says why.
        var small = MonthlyBenefit.For(Route(Programme.Dibao, facts, 601), facts, Yuan(601), policy);
        Assert.Equal(Yuan(30), small.Value);
        Assert.Equal("保底发放", small.Steps[^1].Rule);

        var large = MonthlyBenefit.For(Route(Programme.Dibao, facts, 300), facts, Yuan(300), policy);
        Assert.Equal(Yuan(302), large.Value);
        Assert.DoesNotContain(large.Steps, s => s.Rule == "保底发放");

        // No minimum (the shipped 0): the top-up is paid as computed.
        Assert.Equal(Yuan(1), MonthlyBenefit.For(Route(Programme.Dibao, facts, 601), facts, Yuan(601), Benefits).Value);
    }

    [Fact]
    public void Edge_and_rigid_expense_are_recognitions_without_a_monthly_amount()
    {
        var facts = Assessment.Default([Member(40)]);
        var routing = Route(Programme.Edge, facts, 700);
        Assert.Equal(Programme.Edge, routing.Programme);
        Assert.Equal(Money.Zero, MonthlyBenefit.For(routing, facts, Yuan(700), Benefits).Value);
        Assert.False(ProgrammeLabels.PaidByPayroll(Programme.Edge));
        Assert.False(ProgrammeLabels.PaidByPayroll(Programme.RigidExpense));
    }
}

public class TemporaryAssistanceTests
{
    private static Money Yuan(decimal y) => Money.FromYuan(y);

    private static readonly TemporaryPolicy Policy = new(Yuan(602), 6m, 3m, Yuan(31993));

    [Theory]
    [InlineData(1806, true)]   // 3 × 602: the town's own limit
    [InlineData(1806.01, false)]
    public void The_town_approves_up_to_its_limit_and_the_district_above(decimal amount, bool town)
    {
        var decision = TemporaryAssistance.Decide(new(TemporaryKind.Emergency, TemporaryCause.Fire, Yuan(amount).Fen), 2, Yuan(3000), assetsOk: false, sameCauseWithinYear: false, Policy);
        Assert.Equal(Yuan(amount), decision.Amount);
        Assert.Equal(town, decision.TownMayApprove);
    }

    [Fact]
    public void The_cap_is_months_of_the_standard_per_person_and_one_fen_above_is_refused()
    {
        var cap = TemporaryAssistance.Decide(new(TemporaryKind.Emergency, TemporaryCause.SuddenIllness, Yuan(7224).Fen), 2, Money.Zero, true, false, Policy);
        Assert.Equal(Yuan(7224), cap.Amount); // 602 × 6 × 2
        var above = TemporaryAssistance.Decide(new(TemporaryKind.Emergency, TemporaryCause.SuddenIllness, Yuan(7224.01m).Fen), 2, Money.Zero, true, false, Policy);
        Assert.Equal(Money.Zero, above.Amount);
        Assert.Contains(above.Steps, s => s.Text.Contains("超过上限 7,224.00元", StringComparison.Ordinal));
    }

    [Fact]
    public void Expenditure_needs_low_income_and_assets_within_the_rules_while_an_emergency_does_not()
    {
        var rich = TemporaryAssistance.Decide(new(TemporaryKind.Expenditure, TemporaryCause.Medical, Yuan(1000).Fen), 1, Yuan(2700), true, false, Policy);
        Assert.Equal(Money.Zero, rich.Amount); // 2700 × 12 = 32,400 ≥ 31,993
        var assets = TemporaryAssistance.Decide(new(TemporaryKind.Expenditure, TemporaryCause.Medical, Yuan(1000).Fen), 1, Yuan(500), false, false, Policy);
        Assert.Equal(Money.Zero, assets.Amount);
        var emergency = TemporaryAssistance.Decide(new(TemporaryKind.Emergency, TemporaryCause.Fire, Yuan(1000).Fen), 1, Yuan(2700), false, false, Policy);
        Assert.Equal(Yuan(1000), emergency.Amount);
    }

    [Fact]
    public void The_same_cause_is_helped_once_a_year()
    {
        var again = TemporaryAssistance.Decide(new(TemporaryKind.Emergency, TemporaryCause.Fire, Yuan(500).Fen), 1, Money.Zero, true, sameCauseWithinYear: true, Policy);
        Assert.Equal(Money.Zero, again.Amount);
        Assert.Contains(again.Steps, s => s.Text.Contains("一年内已获临时救助", StringComparison.Ordinal));
    }
}
