using Minzheng.Elderly.Domain.Assessment;

namespace Minzheng.Elderly.Domain.Profiles;

/// <summary>
/// An elder's categories: 百岁 from age; 独居 when they are the household's only living member; 空巢 when every living
/// member of a household of two or more is 60 or older (the youngest is); 失能 from the latest assessment at or beyond the
/// level the setting counts as 失能; the rest as recorded.
/// </summary>
internal static class CategoryRules
{
    public static IReadOnlyList<ElderCategory> Of(int age, int livingMembers, int youngestAge, AbilityLevel? latestLevel, AbilityLevel disabledFrom, ElderFlags? flags)
    {
        var result = new List<ElderCategory>();
        if (livingMembers <= 1)
        {
            result.Add(ElderCategory.LivingAlone);
        }
        else if (youngestAge >= 60)
        {
            result.Add(ElderCategory.EmptyNest);
        }

        if (flags?.LeftBehind == true)
        {
            result.Add(ElderCategory.LeftBehind);
        }

        if (latestLevel is { } level && level >= disabledFrom)
        {
            result.Add(ElderCategory.Disabled);
        }

        if (flags?.SeverelyDisabled == true)
        {
            result.Add(ElderCategory.SeverelyDisabled);
        }

        if (flags?.FamilyPlanningSpecial == true)
        {
            result.Add(ElderCategory.FamilyPlanningSpecial);
        }

        if (age >= 100)
        {
            result.Add(ElderCategory.Centenarian);
        }

        return result;
    }

    /// <summary>特殊困难老年人 (the 探访关爱 target groups): any category but 百岁 on its own.</summary>
    public static bool IsSpecial(IReadOnlyList<ElderCategory> categories) => categories.Any(c => c != ElderCategory.Centenarian);
}
