using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Data;
using Minzheng.Registry.Data;
using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Features.HouseholdStats;

internal sealed record TownFigure(string TownCode, string TownName, int Households, int Persons, int Elderly);

/// <summary>Registry figures per town for the home page, within the user's regions.</summary>
internal sealed class TownFiguresHandler(RegistryDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<TownFigure>> HandleAsync(CancellationToken ct = default)
    {
        var towns = await db.Regions.AsNoTracking().Where(r => r.Level == 4).OrderBy(r => r.Code).ToListAsync(ct);
        var households = await db.Households.AsNoTracking()
            .GroupBy(h => h.RegionCode.Substring(0, 9)).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var alive = db.Persons.AsNoTracking().Where(p => p.Status == PersonStatus.Alive);
        var persons = await alive.GroupBy(p => p.RegionCode.Substring(0, 9)).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var born = clock.Today().AddYears(-60);
        var elderly = await alive.Where(p => p.BirthDate <= born).GroupBy(p => p.RegionCode.Substring(0, 9)).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return towns
            .Where(t => db.User.SeesAllRegions || db.User.RegionPrefixes.Any(p => t.Code.StartsWith(p, StringComparison.Ordinal) || p.StartsWith(t.Code, StringComparison.Ordinal)))
            .Select(t => new TownFigure(t.Code, t.Name, households.GetValueOrDefault(t.Code), persons.GetValueOrDefault(t.Code), elderly.GetValueOrDefault(t.Code)))
            .ToList();
    }
}
