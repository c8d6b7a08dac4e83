using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Contracts;
using Minzheng.Monitoring.Data;
using Minzheng.Platform.Security;
using Minzheng.Registry.Contracts;

namespace Minzheng.Monitoring.Features.Population;

/// <summary>
/// The monitored population of DOMAIN-RULES §4: households under social assistance (低保 now; 特困, 边缘 and 刚性支出 as
/// those programmes land) and the towns' 防返贫 / 其他 households, with their living members from the registry.
/// </summary>
internal sealed class PopulationReader(MonitoringDbContext db, IAssistanceCases assistance, IMemberIdentities identities)
{
    public async Task<IReadOnlyList<MonitoredHousehold>> HouseholdsAsync(CancellationToken ct = default)
    {
        var covered = (await assistance.CoveredAsync(ct)).Select(c => new MonitoredHousehold(c.HouseholdId, c.HouseholdNumber, c.RegionCode, c.Programme)).ToList();
        var seen = covered.Select(c => c.HouseholdId).ToHashSet();
        var subjects = await db.Subjects.AsNoTracking().ToListAsync(ct);
        covered.AddRange(subjects.Where(s => !seen.Contains(s.HouseholdId)).Select(s => new MonitoredHousehold(s.HouseholdId, s.HouseholdNumber, s.RegionCode, s.Category)));
        return covered;
    }

    /// <summary>Members with their ID numbers (the reveal is audited with <paramref name="purpose"/>).</summary>
    public async Task<IReadOnlyList<MonitoredMember>> MembersAsync(IReadOnlyList<MonitoredHousehold> households, string purpose, CancellationToken ct = default)
    {
        var byId = households.ToDictionary(h => h.HouseholdId);
        var members = await identities.ForMatchingAsync(byId.Keys, purpose, ct);
        return members.Select(m =>
        {
            var h = byId[m.HouseholdId];
            return new MonitoredMember(m.PersonId, h.HouseholdId, h.HouseholdNumber, h.RegionCode, h.Programme, m.IdNumber, $"{Masking.Name(m.Name)} {m.IdNumberMasked}");
        }).ToList();
    }
}
