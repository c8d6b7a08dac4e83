using Minzheng.Kernel.Regions;
using Minzheng.Platform.Settings;

namespace Minzheng.Elderly.Domain.Assessment;

/// <summary>
/// Which levels count as 失能: from the setting's level on (shipped: 中度); anything past 4 means 完全丧失 only. A day before
/// the setting's first version (a figure for an earlier year) counts 中度 and worse, as the standard's grading does.
/// </summary>
internal static class DisabledLevels
{
    public static async Task<AbilityLevel> FromAsync(SettingsReader settings, RegionCode region, DateOnly day, CancellationToken ct = default) =>
        await settings.GetAsync(ElderlyDefaults.DisabledFromLevel, region, day, ct) is { } found
            ? (AbilityLevel)Math.Clamp(long.Parse(found.Value, System.Globalization.CultureInfo.InvariantCulture), 1, 4)
            : AbilityLevel.Moderate;

    public static string Describe(AbilityLevel from) => from == AbilityLevel.Lost ? "能力完全丧失" : $"{AbilityLevels.Label(from)}及以上";
}
