using Minzheng.Elderly.Domain.Assessment;
using Minzheng.Elderly.Domain.Retrofits;

namespace Minzheng.UnitTests.Elderly;

/// <summary>国办发〔2019〕5号: 特困供养、低保/边缘、建档立卡 households with an elder who is 高龄, 失能 or 残疾.</summary>
public sealed class RetrofitEligibilityTests
{
    private static readonly RetrofitThresholds Hengyang = new(80, AbilityLevel.Moderate);

    [Theory]
    [InlineData("tekun", 82, -1, false, false, "特困供养家庭；高龄（82 周岁）")]
    [InlineData("dibao", 68, 3, false, false, "低保家庭；失能（能力重度受损（重度失能））")]
    [InlineData("edge", 65, -1, true, false, "低保边缘家庭；残疾")]
    [InlineData("", 81, -1, false, true, "建档立卡（脱贫）家庭；高龄（81 周岁）")]
    public void A_household_in_the_groups_with_an_elder_in_need_is_eligible_with_its_grounds(string benefit, int age, int level, bool disabled, bool poverty, string grounds)
    {
        var (ok, text) = RetrofitEligibility.Check(new RetrofitFacts(age, level < 0 ? null : (AbilityLevel)level, disabled, benefit.Length == 0 ? [] : [benefit], poverty), Hengyang);
        Assert.True(ok, text);
        Assert.Equal(grounds, text);
    }

    [Fact]
    public void Others_are_refused_with_every_reason()
    {
        var (ok, text) = RetrofitEligibility.Check(new RetrofitFacts(82, null, false, ["disability_care", "rigid_expense"], false), Hengyang);
        Assert.False(ok);
        Assert.Contains("家庭须为特困供养、低保、低保边缘或建档立卡（脱贫）家庭", text, StringComparison.Ordinal);
        Assert.DoesNotContain("老人须为", text, StringComparison.Ordinal);

        (ok, text) = RetrofitEligibility.Check(new RetrofitFacts(79, AbilityLevel.Mild, false, ["dibao"], false), Hengyang);
        Assert.False(ok);
        Assert.Contains("老人须为高龄（80 周岁及以上）、失能（能力中度受损（中度失能）及以上）或残疾老年人", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_disabled_levels_are_the_setting()
    {
        Assert.True(RetrofitEligibility.Check(new RetrofitFacts(70, AbilityLevel.Mild, false, ["dibao"], false), Hengyang with { DisabledFrom = AbilityLevel.Mild }).Eligible);
    }
}
