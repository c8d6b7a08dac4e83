using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Features.Shared;
using Minzheng.Elderly.Domain;
using Minzheng.Elderly.Domain.Assessment;
using Minzheng.Elderly.Domain.Profiles;
using Minzheng.Kernel.Regions;
using Minzheng.Platform.Data;
using Minzheng.Platform.Regions;
using Minzheng.Platform.Settings;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.RecordCategories;

/// <summary>Categories for elders: the household's living members from the registry, the latest assessment, the recorded flags.</summary>
internal sealed class ElderCategoriesReader(ElderlyDbContext db, IHouseholdSnapshots households, SettingsReader settings, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<ElderCategory>>> ForAsync(IReadOnlyList<PersonSnapshot> elders, CancellationToken ct = default)
    {
        var today = clock.Today();
        var ids = elders.Select(e => e.Id).ToList();
        var flags = await db.Flags.AsNoTracking().Where(f => ids.Contains(f.PersonId)).ToDictionaryAsync(f => f.PersonId, ct);
        var levels = await LatestLevels.OfAsync(db.Assessments.Where(a => ids.Contains(a.PersonId)), ct);
        var disabledFrom = await DisabledLevels.FromAsync(settings, RegionCode.Parse(VisibleTowns.District), today, ct);
        // One registry read per household on the page (elders of one household share it), not one per elder.
        var byHousehold = new Dictionary<Guid, HouseholdSnapshot?>();
        foreach (var h in elders.Where(e => e.HouseholdId is not null).Select(e => e.HouseholdId!.Value).Distinct())
        {
            byHousehold[h] = await households.FindAsync(h, ct);
        }

        var result = new Dictionary<Guid, IReadOnlyList<ElderCategory>>();
        foreach (var elder in elders)
        {
            var household = elder.HouseholdId is { } h ? byHousehold[h] : null;
            var ages = household?.Members.Where(m => m.Alive).Select(m => Ages.On(m.BirthDate, today)).ToList() ?? [Ages.On(elder.BirthDate, today)];
            result[elder.Id] = CategoryRules.Of(Ages.On(elder.BirthDate, today), ages.Count, ages.DefaultIfEmpty(Ages.On(elder.BirthDate, today)).Min(),
                levels.TryGetValue(elder.Id, out var l) ? l.Level : null, disabledFrom, flags.GetValueOrDefault(elder.Id));
        }

        return result;
    }
}
