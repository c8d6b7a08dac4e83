using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Data;
using Minzheng.Platform.Paging;
using Minzheng.Platform.Security;
using Minzheng.Registry.Contracts;
using Minzheng.Registry.Data;
using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Features.Snapshots;

/// <summary>Persons for other modules, through the registry's region filter.</summary>
internal sealed class RegistryPersonDirectory(RegistryDbContext db, FieldProtector protector, TimeProvider clock) : IPersonDirectory
{
    public async Task<PersonSnapshot?> FindAsync(Guid personId, CancellationToken ct = default)
    {
        var p = await db.Persons.AsNoTracking().FirstOrDefaultAsync(x => x.Id == personId, ct);
        return p is null ? null : Snapshot(p);
    }

    public async Task<IReadOnlyDictionary<string, PersonSnapshot>> FindByIdNumbersAsync(IReadOnlyCollection<string> idNumbers, CancellationToken ct = default)
    {
        var byIndex = idNumbers.Select(n => n.Trim().ToUpperInvariant()).Distinct().ToDictionary(protector.BlindIndex, n => n);
        var found = new Dictionary<string, PersonSnapshot>();
        foreach (var chunk in byIndex.Keys.Chunk(500))
        {
            foreach (var p in await db.Persons.AsNoTracking().Where(x => chunk.Contains(x.IdNumberIndex)).ToListAsync(ct))
            {
                found[byIndex[p.IdNumberIndex]] = Snapshot(p);
            }
        }

        return found;
    }

    public async Task<bool> PhoneMatchesAsync(Guid personId, string phone, CancellationToken ct = default)
    {
        var cipher = await db.Persons.AsNoTracking().Where(p => p.Id == personId).Select(p => p.PhoneCipher).FirstOrDefaultAsync(ct);
        return cipher is not null && string.Equals(protector.Decrypt(cipher).Trim(), phone.Trim(), StringComparison.Ordinal);
    }

    public async Task<(IReadOnlyList<PersonSnapshot> Items, int Total)> SearchAsync(int minAge, string? regionPrefix, string? name, int page, int size, CancellationToken ct = default)
    {
        var paging = new PageRequest(page, size);
        var born = clock.Today().AddYears(-minAge);
        var q = db.Persons.AsNoTracking().Where(p => p.Status == PersonStatus.Alive && p.BirthDate <= born);
        if (!string.IsNullOrWhiteSpace(regionPrefix))
        {
            q = q.Where(p => p.RegionCode.StartsWith(regionPrefix));
        }

        if (!string.IsNullOrWhiteSpace(name))
        {
            q = q.Where(p => p.Name.Contains(name.Trim()));
        }

        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(p => p.RegionCode).ThenBy(p => p.Name).Skip(paging.Skip).Take(paging.SafeSize).ToListAsync(ct);
        return (rows.Select(Snapshot).ToList(), total);
    }

    private static PersonSnapshot Snapshot(Person p) =>
        new(p.Id, p.Name, p.IdNumberMasked, RegistryLabels.Of(p.Sex), p.BirthDate, p.RegionCode, p.Status == PersonStatus.Alive, p.HouseholdId);
}
