using Microsoft.EntityFrameworkCore;
using Minzheng.Registry.Contracts;
using Minzheng.Registry.Data;
using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Features.Snapshots;

/// <summary>Elders and their households' make-up for figures: two queries, nothing decrypted, no names.</summary>
internal sealed class RegistryElderPopulation(RegistryDbContext db) : IElderPopulation
{
    public async Task<IReadOnlyList<ElderInHousehold>> LivingEldersAsync(int minAge, DateOnly day, IReadOnlyList<string> regionPrefixes, CancellationToken ct = default)
    {
        if (regionPrefixes.Count == 0)
        {
            return [];
        }

        var bornBy = day.AddYears(-minAge);
        var prefixes = regionPrefixes.ToList();
        // Figures only (see the contract): the user's region filter is lifted, the regions asked for are applied instead.
#pragma warning disable CA1310 // translated to SQL (LIKE 'prefix%'), where the comparison is ordinal
        var elders = await db.Persons.AsNoTracking().IgnoreQueryFilters()
            .Where(p => p.Status == PersonStatus.Alive && p.BirthDate <= bornBy && prefixes.Any(x => p.RegionCode.StartsWith(x)))
            .Select(p => new { p.Id, p.HouseholdId, p.RegionCode, p.BirthDate })
            .ToListAsync(ct);
#pragma warning restore CA1310

        var households = elders.Where(e => e.HouseholdId is not null).Select(e => e.HouseholdId!.Value).Distinct().ToList();
        var makeUp = new Dictionary<Guid, (int Living, DateOnly Youngest)>();
        foreach (var chunk in households.Chunk(5000))
        {
            var rows = await db.Persons.AsNoTracking().IgnoreQueryFilters()
                .Where(p => p.Status == PersonStatus.Alive && p.HouseholdId != null && chunk.Contains(p.HouseholdId.Value))
                .GroupBy(p => p.HouseholdId!.Value)
                .Select(g => new { Id = g.Key, Living = g.Count(), Youngest = g.Max(p => p.BirthDate) })
                .ToListAsync(ct);
            foreach (var r in rows)
            {
                makeUp[r.Id] = (r.Living, r.Youngest);
            }
        }

        return elders.Select(e => e.HouseholdId is { } h && makeUp.TryGetValue(h, out var m)
                ? new ElderInHousehold(e.Id, h, e.RegionCode, e.BirthDate, m.Living, m.Youngest)
                : new ElderInHousehold(e.Id, e.HouseholdId, e.RegionCode, e.BirthDate, 1, e.BirthDate))
            .ToList();
    }
}
