using Minzheng.Elderly.Domain.Assessment;
using Minzheng.Elderly.Domain.Profiles;

namespace Minzheng.UnitTests.Elderly;

public sealed class CategoryRulesTests
{
    private const AbilityLevel Moderate = AbilityLevel.Moderate;

    [Fact]
    public void Living_alone_empty_nest_disabled_and_centenarian_are_derived()
    {
        Assert.Equal([ElderCategory.LivingAlone], CategoryRules.Of(75, 1, 75, null, Moderate, null));
        Assert.Equal([ElderCategory.EmptyNest], CategoryRules.Of(75, 2, 60, null, Moderate, null));
        Assert.Empty(CategoryRules.Of(75, 2, 59, null, Moderate, null));
        Assert.Equal([ElderCategory.LivingAlone, ElderCategory.Disabled, ElderCategory.Centenarian], CategoryRules.Of(100, 1, 100, AbilityLevel.Moderate, Moderate, null));
        Assert.DoesNotContain(ElderCategory.Disabled, CategoryRules.Of(70, 2, 40, AbilityLevel.Mild, Moderate, null));
        Assert.DoesNotContain(ElderCategory.Centenarian, CategoryRules.Of(99, 1, 99, null, Moderate, null));
    }

    [Fact]
    public void The_levels_counted_as_disabled_follow_the_setting()
    {
        Assert.Contains(ElderCategory.Disabled, CategoryRules.Of(70, 2, 40, AbilityLevel.Mild, AbilityLevel.Mild, null));
        Assert.DoesNotContain(ElderCategory.Disabled, CategoryRules.Of(70, 2, 40, AbilityLevel.Moderate, AbilityLevel.Severe, null));
        Assert.Contains(ElderCategory.Disabled, CategoryRules.Of(70, 2, 40, AbilityLevel.Lost, AbilityLevel.Severe, null));
    }

    [Fact]
    public void Left_behind_severe_disability_and_family_planning_are_as_recorded()
    {
        var flags = new ElderFlags { LeftBehind = true, SeverelyDisabled = true, FamilyPlanningSpecial = true };
        Assert.Equal([ElderCategory.LeftBehind, ElderCategory.SeverelyDisabled, ElderCategory.FamilyPlanningSpecial], CategoryRules.Of(70, 2, 40, null, Moderate, flags));
    }

    [Fact]
    public void A_centenarian_alone_in_no_other_category_is_not_a_special_elder()
    {
        Assert.False(CategoryRules.IsSpecial([ElderCategory.Centenarian]));
        Assert.True(CategoryRules.IsSpecial([ElderCategory.Centenarian, ElderCategory.LivingAlone]));
        Assert.False(CategoryRules.IsSpecial([]));
    }
}
