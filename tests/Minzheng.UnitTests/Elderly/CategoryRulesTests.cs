using Minzheng.Elderly.Domain.Assessment;
using Minzheng.Elderly.Domain.Profiles;

namespace Minzheng.UnitTests.Elderly;

public sealed class CategoryRulesTests
{
    [Fact]
    public void Living_alone_empty_nest_disabled_and_centenarian_are_derived()
    {
        Assert.Equal([ElderCategory.LivingAlone], CategoryRules.Of(75, [75], null, null));
        Assert.Equal([ElderCategory.EmptyNest], CategoryRules.Of(75, [75, 60], null, null));
        Assert.Empty(CategoryRules.Of(75, [75, 59], null, null));
        Assert.Equal([ElderCategory.LivingAlone, ElderCategory.Disabled, ElderCategory.Centenarian], CategoryRules.Of(100, [100], AbilityLevel.Moderate, null));
        Assert.DoesNotContain(ElderCategory.Disabled, CategoryRules.Of(70, [70, 40], AbilityLevel.Mild, null));
        Assert.DoesNotContain(ElderCategory.Centenarian, CategoryRules.Of(99, [99], null, null));
    }

    [Fact]
    public void Left_behind_severe_disability_and_family_planning_are_as_recorded()
    {
        var flags = new ElderFlags { LeftBehind = true, SeverelyDisabled = true, FamilyPlanningSpecial = true };
        Assert.Equal([ElderCategory.LeftBehind, ElderCategory.SeverelyDisabled, ElderCategory.FamilyPlanningSpecial], CategoryRules.Of(70, [70, 40], null, flags));
    }
}
