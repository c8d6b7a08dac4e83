namespace Minzheng.Elderly.Domain.Assessment;

/// <summary>The five levels of GB/T 42195-2022, from intact to lost; "raising" a level moves one step towards <see cref="Lost"/>.</summary>
internal enum AbilityLevel
{
    Intact = 0,
    Mild = 1,
    Moderate = 2,
    Severe = 3,
    Lost = 4,
}

/// <summary>Where the sources conflict on a comatose elder (DOMAIN-RULES §8.1), the bureau chooses by setting.</summary>
internal enum ComaRule
{
    Severe,
    Lost,
}

internal static class AbilityLevels
{
    /// <summary>The level by total score: 90 intact, 66–89 mild, 46–65 moderate, 30–45 severe, 0–29 lost.</summary>
    public static AbilityLevel ByTotal(int total) => total switch
    {
        >= 90 => AbilityLevel.Intact,
        >= 66 => AbilityLevel.Mild,
        >= 46 => AbilityLevel.Moderate,
        >= 30 => AbilityLevel.Severe,
        _ => AbilityLevel.Lost,
    };

    public static string Label(AbilityLevel level) => level switch
    {
        AbilityLevel.Intact => "能力完好",
        AbilityLevel.Mild => "能力轻度受损（轻度失能）",
        AbilityLevel.Moderate => "能力中度受损（中度失能）",
        AbilityLevel.Severe => "能力重度受损（重度失能）",
        _ => "能力完全丧失（完全失能）",
    };
}
