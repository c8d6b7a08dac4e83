using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Data;
using Minzheng.Registry.Contracts;
using Minzheng.Registry.Data;
using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Features.Snapshots;

/// <summary>Households by their living members' ages, through the registry's region filter; one query, no decryption.</summary>
internal sealed class RegistryHouseholdProfiles(RegistryDbContext db, TimeProvider clock) : IHouseholdProfiles
{
    public async Task<IReadOnlyList<HouseholdAgeProfile>> WithoutMembersAgedAsync(int fromAge, int toAge, string? regionPrefix, int max, CancellationToken ct = default)
    {
        var today = clock.Today();

        // Aged from..to today ⇔ born after (today − (to + 1) years) and on or before (today − from years).
        var bornAfter = today.AddYears(-(toAge + 1));
        var bornBy = today.AddYears(-fromAge);
        var query = db.Households.AsNoTracking()
            .Where(h => h.Members.Any(m => m.Status == PersonStatus.Alive)
                && !h.Members.Any(m => m.Status == PersonStatus.Alive && m.BirthDate > bornAfter && m.BirthDate <= bornBy));
        if (!string.IsNullOrWhiteSpace(regionPrefix))
        {
            query = query.Where(h => h.RegionCode.StartsWith(regionPrefix));
        }

        return await ProfilesAsync(query.OrderBy(h => h.RegionCode).ThenBy(h => h.Number).Take(max), today, ct);
    }

    public async Task<IReadOnlyList<HouseholdAgeProfile>> ForHouseholdsAsync(IReadOnlyCollection<Guid> householdIds, CancellationToken ct = default)
    {
        var result = new List<HouseholdAgeProfile>();
        foreach (var chunk in householdIds.Distinct().Chunk(500))
        {
            result.AddRange(await ProfilesAsync(db.Households.AsNoTracking().Where(h => chunk.Contains(h.Id) && h.Members.Any(m => m.Status == PersonStatus.Alive)), clock.Today(), ct));
        }

        return [.. result.OrderBy(h => h.RegionCode, StringComparer.Ordinal).ThenBy(h => h.Number, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyDictionary<Guid, Guid>> HouseholdsOfAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct = default)
    {
        var result = new Dictionary<Guid, Guid>();
        foreach (var chunk in personIds.Distinct().Chunk(500))
        {
            foreach (var p in await db.Persons.AsNoTracking().Where(p => chunk.Contains(p.Id) && p.HouseholdId != null).Select(p => new { p.Id, p.HouseholdId }).ToListAsync(ct))
            {
                result[p.Id] = p.HouseholdId!.Value;
            }
        }

        return result;
    }

    private static async Task<IReadOnlyList<HouseholdAgeProfile>> ProfilesAsync(IQueryable<Household> households, DateOnly today, CancellationToken ct)
    {
        var rows = await households
            .Select(h => new
            {
                h.Id, h.Number, h.RegionCode, h.Address,
                Births = h.Members.Where(m => m.Status == PersonStatus.Alive).Select(m => m.BirthDate).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(h => new HouseholdAgeProfile(h.Id, h.Number, h.RegionCode, h.Address, h.Births.Count, Age(h.Births.Min(), today), Age(h.Births.Max(), today))).ToList();
    }

    private static int Age(DateOnly birth, DateOnly day) => day.Year - birth.Year - (birth.AddYears(day.Year - birth.Year) > day ? 1 : 0);
}
