using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Data;
using Minzheng.Registry.Data;
using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Features.HouseholdStats;

internal sealed record TownFigure(string TownCode, string TownName, int Households, int Persons, int Elderly);

/// <summary>
/// Registry figures for the home page, within the user's regions: per town, or per village for a user who holds only
/// villages (a 村居协理员's figures are their community's, and are labelled so, not with the town's name).
/// </summary>
internal sealed class TownFiguresHandler(RegistryDbContext db, TimeProvider clock)
{
    private const int TownCodeLength = 9;
    private const int VillageCodeLength = 12;

    public async Task<IReadOnlyList<TownFigure>> HandleAsync(CancellationToken ct = default)
    {
        var villagesOnly = !db.User.SeesAllRegions && db.User.RegionPrefixes.Count > 0 && db.User.RegionPrefixes.All(p => p.Length >= VillageCodeLength);
        var length = villagesOnly ? VillageCodeLength : TownCodeLength;
        var grants = db.User.RegionPrefixes.ToList();
        var towns = villagesOnly
            ? await db.Regions.AsNoTracking().Where(r => grants.Contains(r.Code)).OrderBy(r => r.Code).ToListAsync(ct)
            : await db.Regions.AsNoTracking().Where(r => r.Level == 4).OrderBy(r => r.Code).ToListAsync(ct);
        var households = await db.Households.AsNoTracking()
            .GroupBy(h => h.RegionCode.Substring(0, length)).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var alive = db.Persons.AsNoTracking().Where(p => p.Status == PersonStatus.Alive);
        var persons = await alive.GroupBy(p => p.RegionCode.Substring(0, length)).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var born = clock.Today().AddYears(-60);
        var elderly = await alive.Where(p => p.BirthDate <= born).GroupBy(p => p.RegionCode.Substring(0, length)).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return towns
            .Where(t => db.User.SeesAllRegions || db.User.RegionPrefixes.Any(p => t.Code.StartsWith(p, StringComparison.Ordinal) || p.StartsWith(t.Code, StringComparison.Ordinal)))
            .Select(t => new TownFigure(t.Code, t.Name, households.GetValueOrDefault(t.Code), persons.GetValueOrDefault(t.Code), elderly.GetValueOrDefault(t.Code)))
            .ToList();
    }
}
