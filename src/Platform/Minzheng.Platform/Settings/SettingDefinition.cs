namespace Minzheng.Platform.Settings;

public enum SettingKind
{
    /// <summary>An amount of money in integer fen, entered in yuan.</summary>
    Money = 0,

    /// <summary>A ratio or multiplier such as 1.3.</summary>
    Ratio = 1,

    /// <summary>A count: days, months, members.</summary>
    Count = 2,

    /// <summary>One of a few named choices (a yes/no switch is two); stored as the choice's value ("1"/"0" for a switch).</summary>
    Choice = 3,
}

/// <summary>One choice of a <see cref="SettingKind.Choice"/> setting: the stored value and what staff read.</summary>
public sealed record SettingOption(string Value, string Label);

/// <summary>
/// A setting a module reads: its key, what users call it, how its value is written, and — for a count that a rule
/// cannot work with outside some range (公示 of 0 days, a 1/0 fraction, a percentage over 100) — its bounds.
/// </summary>
public sealed record SettingDefinition(string Key, string Module, string Name, string Unit, SettingKind Kind, int? Minimum = null, int? Maximum = null)
{
    public IReadOnlyList<SettingOption> Options { get; init; } = [];

    /// <summary>A yes/no rule, stored "1"/"0" as the readers expect, shown with what each answer means.</summary>
    public static SettingDefinition Switch(string key, string module, string name, string yes, string no) =>
        new(key, module, name, string.Empty, SettingKind.Choice) { Options = [new("1", yes), new("0", no)] };

    /// <summary>A choice among named values (levels, modes).</summary>
    public static SettingDefinition Choose(string key, string module, string name, params SettingOption[] options) =>
        new(key, module, name, string.Empty, SettingKind.Choice) { Options = options };

    /// <summary>How a stored value reads for staff: yuan for money, the choice's label, otherwise the number with its unit.</summary>
    public string Display(string stored) => Kind switch
    {
        SettingKind.Money when long.TryParse(stored, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var fen) =>
            $"{new Minzheng.Kernel.Money.Money(fen)}{(Unit.Length > 0 && Unit != "元" ? Unit.Replace("元", string.Empty, StringComparison.Ordinal) : string.Empty)}",
        SettingKind.Choice => Options.FirstOrDefault(o => o.Value == stored)?.Label ?? stored,
        _ => Unit.Length > 0 ? $"{stored} {Unit}" : stored,
    };

    /// <summary>The allowed range in words, for the form's hint ("1 至 30").</summary>
    public string? RangeText => (Minimum, Maximum) switch
    {
        ({ } min, { } max) => $"{min} 至 {max}",
        ({ } min, null) => $"不小于 {min}",
        (null, { } max) => $"不大于 {max}",
        _ => null,
    };
}

/// <summary>A shipped default version with its 依据 for staff; <paramref name="Unconfirmed"/> marks a value no local document fixes yet.</summary>
public sealed record SettingDefault(string Key, string RegionCode, DateOnly EffectiveFrom, string Value, string Source, bool Unconfirmed);
