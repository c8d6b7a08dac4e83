using Microsoft.EntityFrameworkCore;
using Minzheng.Kernel.Regions;
using Minzheng.Kernel.Settings;
using Minzheng.Platform.Data;

namespace Minzheng.Platform.Settings;

/// <summary>Reads the setting value in force for a region on a day.</summary>
public sealed class SettingsReader(PlatformDbContext db)
{
    public async Task<EffectiveValue<string>?> GetAsync(string key, RegionCode region, DateOnly day, CancellationToken ct = default)
    {
        var versions = await db.Settings.AsNoTracking().Where(s => s.Key == key && s.EffectiveFrom <= day).ToListAsync(ct);
        var found = EffectiveValueResolver.Resolve(versions.Select(AsEffective), key, region, day);
        return found is null ? null : new EffectiveValue<string>(found.Key, found.Region, found.EffectiveFrom, found.Value.Value, found.Source);
    }

    /// <summary>A whole-number setting (a count, or money in fen) that must be in force: a missing one is a configuration error.</summary>
    public async Task<long> RequireLongAsync(string key, RegionCode region, DateOnly day, CancellationToken ct = default)
    {
        var found = await GetAsync(key, region, day, ct) ?? throw new InvalidOperationException($"setting {key} has no value for {region} on {day:yyyy-MM-dd}");
        return long.Parse(found.Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A ratio or percentage setting (1.3, 0.1667, 75) that must be in force.</summary>
    public async Task<decimal> RequireDecimalAsync(string key, RegionCode region, DateOnly day, CancellationToken ct = default)
    {
        var found = await GetAsync(key, region, day, ct) ?? throw new InvalidOperationException($"setting {key} has no value for {region} on {day:yyyy-MM-dd}");
        return decimal.Parse(found.Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A stored version as the kernel's resolver sees it, carrying the row itself.</summary>
    internal static EffectiveValue<SettingVersion> AsEffective(SettingVersion v) =>
        new(v.Key, RegionCode.TryParse(v.RegionCode, out var r, out _) ? r : RegionCode.Country, v.EffectiveFrom, v, v.Source);
}
