using Minzheng.Assistance.Domain.Benefits;
using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Kernel.Money;

namespace Minzheng.UnitTests.Assistance;

public class DibaoRulesTests
{
    private static Money Yuan(decimal y) => Money.FromYuan(y);

    [Fact]
    public void The_worked_example_standard_1100_income_700_three_members_gives_1200_a_month()
    {
        var income = DibaoRules.PerCapitaIncome([new(IncomeType.Wage, Yuan(2100))], 3);
        Assert.Equal(Yuan(700), income.Value);
        var topUp = DibaoRules.TopUp(Yuan(1100), income.Value, 3);
        Assert.Equal(Yuan(1200), topUp.Value);
        Assert.Contains("× 3 人 = 1,200.00元", topUp.Steps.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_household_without_income_receives_the_full_standard_per_member()
    {
        var income = DibaoRules.PerCapitaIncome([], 2);
        Assert.Equal(Yuan(1204), DibaoRules.TopUp(Yuan(602), income.Value, 2).Value);
    }

    [Theory]
    [InlineData(602, 0)]
    [InlineData(700, 0)]
    [InlineData(601.99, 0.01)]
    public void Income_at_or_above_the_standard_gets_nothing_and_one_fen_below_gets_one_fen(decimal income, decimal expected) =>
        Assert.Equal(Yuan(expected), DibaoRules.TopUp(Yuan(602), Yuan(income), 1).Value);

    [Fact]
    public void Excluded_incomes_do_not_count_and_the_explanation_shows_them()
    {
        var result = DibaoRules.PerCapitaIncome(
        [
            new(IncomeType.Wage, Yuan(900)),
            new(IncomeType.Scholarship, Yuan(500)),
            new(IncomeType.BasicPensionBase, Yuan(150)),
            new(IncomeType.SocialAssistance, Yuan(300)),
            new(IncomeType.Transfer, Yuan(300)),
        ], 3);
        Assert.Equal(Yuan(400), result.Value);
        Assert.Contains("不计入 950.00元", result.Steps.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rural_monthly_standard_is_the_annual_figure_divided_by_twelve_rounded_to_the_fen()
    {
        var rural = DibaoRules.MonthlyStandard(urban: false, Yuan(602), Yuan(5680));
        Assert.Equal(new Money(47333), rural.Value); // 5680 / 12 = 473.333…
        Assert.Equal(Yuan(602), DibaoRules.MonthlyStandard(urban: true, Yuan(602), Yuan(5680)).Value);
    }

    [Fact]
    public void Category_extras_are_a_percentage_of_the_standard_per_member()
    {
        var extra = DibaoRules.CategoryExtra(Yuan(1100), 40m, 1, "老年人");
        Assert.Equal(Yuan(440), extra.Value); // 中山 example: 40 % of 1100
        Assert.Equal(Money.Zero, DibaoRules.CategoryExtra(Yuan(602), 0m, 3, "未成年人").Value);
    }

    [Theory]
    [InlineData(0, true)] // below the standard too: a household refused 低保 for its assets can still be 边缘
    [InlineData(602, true)]
    [InlineData(902.99, true)]
    [InlineData(903, false)] // 1.5 × 602 = 903
    public void The_edge_income_test_is_below_one_and_a_half_times_the_standard(decimal income, bool edge) =>
        Assert.Equal(edge, DibaoRules.IsEdge(Yuan(602), Yuan(income), 1.5m).Value);

    [Fact]
    public void Nonsense_inputs_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DibaoRules.PerCapitaIncome([], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => DibaoRules.TopUp(Yuan(602), Money.Zero, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DibaoRules.CategoryExtra(Yuan(602), -5m, 1, "x"));
    }
}

public class TekunAndSubsidyRulesTests
{
    [Theory]
    [InlineData(0, SelfCareLevel.Full)]
    [InlineData(1, SelfCareLevel.Partial)]
    [InlineData(3, SelfCareLevel.Partial)]
    [InlineData(4, SelfCareLevel.None)]
    [InlineData(6, SelfCareLevel.None)]
    public void Self_care_levels_follow_the_six_items(int failed, object level) => Assert.Equal((SelfCareLevel)level, TekunRules.SelfCare(failed).Value);

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    public void There_are_only_six_items(int failed) => Assert.Throws<ArgumentOutOfRangeException>(() => TekunRules.SelfCare(failed));

    [Fact]
    public void The_basic_standard_is_at_least_1_3_times_dibao_rounded_up()
    {
        Assert.Equal(new Money(78260), TekunRules.Basic(Money.FromYuan(602), 1.3m).Value); // 782.60
        Assert.Equal(new Money(61537), TekunRules.Basic(new Money(47336), 1.3m).Value);   // 615.368 → 615.37
    }

    [Fact]
    public void Care_amounts_are_exact_fractions_of_last_years_minimum_wage_rounded_up_to_the_fen()
    {
        var wage = Money.FromYuan(1540);
        Assert.Equal(new Money(15400), TekunRules.Care(SelfCareLevel.Full, wage, 10, 6, 3).Value);
        // 1540 / 6 = 256.666… → 256.67 (0.1667 × 1540 would pay 256.72); 1540 / 3 = 513.333… → 513.34 (0.3334: 513.44).
        Assert.Equal(new Money(25667), TekunRules.Care(SelfCareLevel.Partial, wage, 10, 6, 3).Value);
        var none = TekunRules.Care(SelfCareLevel.None, wage, 10, 6, 3);
        Assert.Equal(new Money(51334), none.Value);
        Assert.Contains("1/3", none.Steps.Single().Text, StringComparison.Ordinal);
        Assert.Equal(new Money(56667), TekunRules.Care(SelfCareLevel.None, Money.FromYuan(1700), 10, 6, 3).Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => TekunRules.Care(SelfCareLevel.Full, wage, 0, 6, 3));
    }

    [Theory]
    [InlineData(true, true, true, true)]
    [InlineData(false, true, true, false)]
    [InlineData(true, false, true, false)]
    [InlineData(true, true, false, false)]
    public void The_living_subsidy_needs_Hunan_hukou_a_card_and_dibao(bool hukou, bool card, bool dibao, bool ok) =>
        Assert.Equal(ok, DisabilitySubsidyRules.LivingSubsidyEligible(hukou, card, dibao).Value);

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    public void The_care_subsidy_is_for_grades_one_and_two(int grade, bool ok) =>
        Assert.Equal(ok, DisabilitySubsidyRules.CareSubsidyEligible(true, true, grade).Value);

    [Theory]
    [InlineData(DisabilityKind.Intellectual, 3, true, true, true)]
    [InlineData(DisabilityKind.Mental, 4, true, true, true)]
    [InlineData(DisabilityKind.Mental, 4, false, true, false)]  // no need of 长期照护
    [InlineData(DisabilityKind.Physical, 3, true, true, false)] // only 智力 and 精神
    [InlineData(DisabilityKind.Intellectual, 3, true, false, false)] // the setting off: grades 1–2 only
    public void Hunan_extends_the_care_subsidy_to_grade_three_and_four_intellectual_or_mental_disability_needing_long_term_care(
        DisabilityKind kind, int grade, bool longTermCare, bool extended, bool ok) =>
        Assert.Equal(ok, DisabilitySubsidyRules.CareSubsidyEligible(true, true, grade, kind, longTermCare, extended).Value);

    [Fact]
    public void Every_shipped_default_names_its_source_and_the_seed_values_are_as_written()
    {
        Assert.All(AssistanceDefaults.All, d => Assert.False(string.IsNullOrWhiteSpace(d.Source)));
        // An unconfirmed figure tells staff what to do (the page adds the 待核实 tag from the flag): which document rules, or
        // that it is to be fixed by the local document — never a developer's note.
        Assert.All(AssistanceDefaults.All.Where(d => d.Unconfirmed), d =>
            Assert.True(d.Source.Contains("请按本地文件核定", StringComparison.Ordinal) || d.Source.Contains("为准", StringComparison.Ordinal), d.Key));
        Assert.All(AssistanceDefaults.All, d => Assert.DoesNotContain("UNCONFIRMED", d.Source, StringComparison.Ordinal));
        var byKey = AssistanceDefaults.All.ToDictionary(d => d.Key, d => d.Value);
        Assert.Equal("60200", byKey["dibao.standard.urban_monthly_fen"]);
        Assert.Equal("568000", byKey["dibao.standard.rural_annual_fen"]);
        Assert.Equal("7500", byKey["disability.living_subsidy_fen"]);
        Assert.Equal("7500", byKey["disability.care_subsidy_fen"]);
        Assert.Equal("1.3", byKey["tekun.basic_multiplier"]);
    }
}
