namespace Minzheng.Platform.Settings;

public enum SettingKind
{
    /// <summary>An amount of money in integer fen, entered in yuan.</summary>
    Money = 0,

    /// <summary>A ratio or multiplier such as 1.3.</summary>
    Ratio = 1,

    /// <summary>A count: days, months, members.</summary>
    Count = 2,
}

/// <summary>
/// A setting a module reads: its key, what users call it, how its value is written, and — for a count that a rule
/// cannot work with below some number (公示 of 0 days, a 1/0 fraction) — the smallest value it takes.
/// </summary>
public sealed record SettingDefinition(string Key, string Module, string Name, string Unit, SettingKind Kind, int? Minimum = null);

/// <summary>A shipped default version with its source; UNCONFIRMED values say so.</summary>
public sealed record SettingDefault(string Key, string RegionCode, DateOnly EffectiveFrom, string Value, string Source, bool Unconfirmed);
