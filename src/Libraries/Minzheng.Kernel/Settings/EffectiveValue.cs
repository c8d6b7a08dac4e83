using Minzheng.Kernel.Regions;

namespace Minzheng.Kernel.Settings;

/// <summary>One version of a setting: the value in force for a region from a date (until a newer version).</summary>
public sealed record EffectiveValue<T>(string Key, RegionCode Region, DateOnly EffectiveFrom, T Value, string Source);

/// <summary>
/// Picks the value in force for a region on a day: the most specific region that has a version,
/// and within it the latest version that took effect on or before the day.
/// </summary>
public static class EffectiveValueResolver
{
    public static EffectiveValue<T>? Resolve<T>(IEnumerable<EffectiveValue<T>> versions, string key, RegionCode region, DateOnly day) =>
        versions
            .Where(v => v.Key == key && region.IsUnder(v.Region) && v.EffectiveFrom <= day)
            .OrderByDescending(v => v.Region.Value.Length)
            .ThenByDescending(v => v.EffectiveFrom)
            .FirstOrDefault();
}
