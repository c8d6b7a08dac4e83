using Minzheng.Elderly.Domain.Assessment;

namespace Minzheng.Elderly.Domain.Profiles;

/// <summary>
/// An elder's categories: 百岁 from age; 独居 when they are the household's only living member; 空巢 when every living
/// member of a household of two or more is 60 or older; 失能 from the latest assessment (中度 or worse); the rest as recorded.
/// </summary>
internal static class CategoryRules
{
    public static IReadOnlyList<ElderCategory> Of(int age, IReadOnlyList<int> livingMemberAges, AbilityLevel? latestLevel, ElderFlags? flags)
    {
        var result = new List<ElderCategory>();
        if (livingMemberAges.Count == 1)
        {
            result.Add(ElderCategory.LivingAlone);
        }
        else if (livingMemberAges.Count > 1 && livingMemberAges.All(a => a >= 60))
        {
            result.Add(ElderCategory.EmptyNest);
        }

        if (flags?.LeftBehind == true)
        {
            result.Add(ElderCategory.LeftBehind);
        }

        if (latestLevel is >= AbilityLevel.Moderate)
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
}
