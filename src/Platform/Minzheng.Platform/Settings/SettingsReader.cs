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
        return EffectiveValueResolver.Resolve(
            versions.Select(v => new EffectiveValue<string>(v.Key, RegionCode.TryParse(v.RegionCode, out var r, out _) ? r : RegionCode.Country, v.EffectiveFrom, v.Value, v.Source)),
            key, region, day);
    }
}
