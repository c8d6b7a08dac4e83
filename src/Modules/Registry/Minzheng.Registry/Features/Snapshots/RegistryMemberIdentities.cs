using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Security;
using Minzheng.Registry.Contracts;
using Minzheng.Registry.Data;
using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Features.Snapshots;

/// <summary>Members' ID numbers for matching, through the registry's region filter, with one audit row per call.</summary>
internal sealed class RegistryMemberIdentities(RegistryDbContext db, FieldProtector protector, AuditLog audit) : IMemberIdentities
{
    private const int Chunk = 500;

    public async Task<string?> IdNumberOfAsync(Guid personId, string purpose, CancellationToken ct = default)
    {
        var cipher = await db.Persons.AsNoTracking().Where(p => p.Id == personId).Select(p => p.IdNumberCipher).FirstOrDefaultAsync(ct);
        if (cipher is null)
        {
            return null;
        }

        await audit.WriteAsync("RevealForCommitment", "Person", personId.ToString(), purpose: purpose, ct: ct);
        return protector.Decrypt(cipher);
    }

    public async Task<IReadOnlyList<MemberIdentity>> ForMatchingAsync(IReadOnlyCollection<Guid> householdIds, string purpose, CancellationToken ct = default)
    {
        var found = new List<MemberIdentity>();
        foreach (var chunk in householdIds.Distinct().Chunk(Chunk))
        {
            var persons = await db.Persons.AsNoTracking()
                .Where(p => p.HouseholdId != null && chunk.Contains(p.HouseholdId.Value) && p.Status == PersonStatus.Alive)
                .Select(p => new { p.Id, p.HouseholdId, p.Name, p.IdNumberCipher, p.IdNumberMasked, p.RegionCode })
                .ToListAsync(ct);
            found.AddRange(persons.Select(p => new MemberIdentity(p.Id, p.HouseholdId!.Value, p.Name, protector.Decrypt(p.IdNumberCipher), p.IdNumberMasked, p.RegionCode)));
        }

        await audit.WriteAsync("RevealForMatching", "Person", purpose: purpose, details: $"{found.Count} 人，{householdIds.Count} 户", ct: ct);
        return found;
    }
}
