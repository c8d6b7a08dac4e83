using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Visits;
using Minzheng.Platform.Data;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.OverdueVisits;

internal sealed record OverdueVisitRow(Guid PersonId, string Name, string IdNumberMasked, string RegionCode, string Risk, DateOnly? LastVisit, DateOnly DueOn, int DaysOverdue);

/// <summary>Elders in the user's regions whose 探访 is overdue under their plan, the longest overdue first.</summary>
internal sealed class OverdueVisitsHandler(ElderlyDbContext db, IPersonDirectory persons, TimeProvider clock)
{
    public async Task<IReadOnlyList<OverdueVisitRow>> HandleAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        var plans = await db.VisitPlans.AsNoTracking().ToListAsync(ct);
        var last = (await db.Visits.AsNoTracking().GroupBy(v => v.PersonId).Select(g => new { PersonId = g.Key, Last = g.Max(v => v.VisitedOn) }).ToListAsync(ct))
            .ToDictionary(x => x.PersonId, x => x.Last);
        var overdue = plans
            .Select(p => (Plan: p, Last: last.TryGetValue(p.PersonId, out var l) ? l : (DateOnly?)null))
            .Select(x => (x.Plan, x.Last, Due: VisitDue.Next(x.Plan, x.Last)))
            .Where(x => x.Due < today)
            .OrderBy(x => x.Due).Take(200).ToList();
        var rows = new List<OverdueVisitRow>();
        foreach (var (plan, lastVisit, due) in overdue)
        {
            if (await persons.FindAsync(plan.PersonId, ct) is { Alive: true } person)
            {
                rows.Add(new OverdueVisitRow(person.Id, person.Name, person.IdNumberMasked, plan.RegionCode, VisitLabels.Of(plan.Risk), lastVisit, due, today.DayNumber - due.DayNumber));
            }
        }

        return rows;
    }
}
