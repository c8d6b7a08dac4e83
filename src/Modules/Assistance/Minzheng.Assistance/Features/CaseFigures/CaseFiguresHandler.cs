using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Platform.Data;
using Minzheng.Platform.Regions;

namespace Minzheng.Assistance.Features.CaseFigures;

/// <summary>
/// Per town: applications in progress, those past their step's deadline, households covered by 低保 or 特困, and the
/// monthly total of every benefit in payment (the subsidies included; a one-off 临时救助 is not monthly).
/// </summary>
internal sealed record TownCaseFigure(string TownCode, string TownName, int InProgress, int Overdue, int Approved, long MonthlyFen);

internal sealed class CaseFiguresHandler(AssistanceDbContext db, IRegionDirectory regions, TimeProvider clock)
{
    public async Task<IReadOnlyList<TownCaseFigure>> HandleAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        var cases = await db.Cases.AsNoTracking()
            .Select(c => new { Town = c.RegionCode.Substring(0, 9), c.Status, c.DueOn, c.TotalDueOn, c.MonthlyAmountFen, c.Programme, c.HouseholdId })
            .ToListAsync(ct);
        var towns = await regions.TownsForAsync(db.User, ct);
        return towns.Select(t =>
        {
            var own = cases.Where(c => c.Town == t.Code).ToList();
            var open = own.Where(c => CaseWorkflow.IsOpen(c.Status)).ToList();
            var approved = own.Where(c => c.Status == CaseStatus.Approved && c.Programme != Programme.Temporary).ToList();
            var covered = approved.Where(c => c.Programme is Programme.Dibao or Programme.Tekun).Select(c => c.HouseholdId).Distinct().Count();
            return new TownCaseFigure(t.Code, t.Name, open.Count, open.Count(c => c.DueOn < today || c.TotalDueOn < today), covered, approved.Sum(c => c.MonthlyAmountFen ?? 0));
        }).ToList();
    }
}
