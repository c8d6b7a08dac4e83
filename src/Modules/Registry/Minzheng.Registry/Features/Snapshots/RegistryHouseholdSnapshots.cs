using Microsoft.EntityFrameworkCore;
using Minzheng.Registry.Contracts;
using Minzheng.Registry.Data;
using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Features.Snapshots;

/// <summary>Households for other modules, through the registry's region filter: outside the user's regions there is nothing.</summary>
internal sealed class RegistryHouseholdSnapshots(RegistryDbContext db, TimeProvider clock) : IHouseholdSnapshots
{
    public Task<HouseholdSnapshot?> FindAsync(Guid householdId, CancellationToken ct = default) => SnapshotAsync(db.Households.Where(h => h.Id == householdId), ct);

    public Task<HouseholdSnapshot?> FindByNumberAsync(string number, CancellationToken ct = default) => SnapshotAsync(db.Households.Where(h => h.Number == number.Trim()), ct);

    private async Task<HouseholdSnapshot?> SnapshotAsync(IQueryable<Household> query, CancellationToken ct)
    {
        var household = await query.AsNoTracking().Include(h => h.Members).FirstOrDefaultAsync(ct);
        if (household is null)
        {
            return null;
        }

        var region = await db.Regions.AsNoTracking().Where(r => r.Code == household.RegionCode).Select(r => r.Name).FirstOrDefaultAsync(ct);
        var members = household.Members.OrderBy(m => m.Relation).ThenBy(m => m.BirthDate)
            .Select(m => new MemberSnapshot(m.Id, m.Name, m.IdNumberMasked, RegistryLabels.Of(m.Relation), RegistryLabels.Of(m.Sex), m.BirthDate, m.Status == PersonStatus.Alive))
            .ToList();
        return new HouseholdSnapshot(household.Id, household.Number, household.RegionCode, region ?? household.RegionCode, household.Kind == HouseholdKind.Urban,
            household.Address, household.BankName, household.BankAccountMasked, members, clock.GetUtcNow().UtcDateTime);
    }
}
