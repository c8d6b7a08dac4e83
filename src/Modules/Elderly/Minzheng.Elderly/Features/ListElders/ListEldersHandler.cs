using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Assessment;
using Minzheng.Platform.Data;
using Minzheng.Platform.Paging;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.ListElders;

internal sealed record ElderRow(Guid PersonId, string Name, string IdNumberMasked, string Sex, int Age, string RegionCode, string? Level, DateOnly? AssessedOn, bool ReassessmentDue,
    IReadOnlyList<string> Categories);

/// <summary>Registered people aged 60+ within the user's regions, with their latest assessment.</summary>
internal sealed class ListEldersHandler(ElderlyDbContext db, IPersonDirectory persons, Features.RecordCategories.ElderCategoriesReader categories, TimeProvider clock)
{
    public async Task<PagedResult<ElderRow>> HandleAsync(string? region, string? name, int page, int size = 20, CancellationToken ct = default)
    {
        var (items, total) = await persons.SearchAsync(60, region, name, page, size, ct);
        var ids = items.Select(p => p.Id).ToList();
        var latest = (await db.Assessments.AsNoTracking().Where(a => ids.Contains(a.PersonId)).ToListAsync(ct))
            .GroupBy(a => a.PersonId).ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.RecordedAtUtc).First());
        var today = clock.Today();
        var byPerson = await categories.ForAsync(items, ct);
        var paging = new PageRequest(page, size);
        return new PagedResult<ElderRow>(items.Select(p =>
        {
            var a = latest.GetValueOrDefault(p.Id);
            return new ElderRow(p.Id, p.Name, p.IdNumberMasked, p.Sex, Domain.Ages.On(p.BirthDate, today), p.RegionCode, a is null ? null : AbilityLevels.Label(a.Level), a?.AssessedOn, a is null || a.ReassessOn <= today,
                byPerson[p.Id].Select(Domain.Profiles.ElderCategories.Label).ToList());
        }).ToList(), total, paging.SafePage, paging.SafeSize);
    }
}
