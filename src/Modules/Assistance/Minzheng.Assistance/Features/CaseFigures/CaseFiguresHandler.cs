using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Platform.Regions;

namespace Minzheng.Assistance.Features.CaseFigures;

/// <summary>Per town: applications in progress, those past their step's deadline, households approved and their monthly total.</summary>
public sealed record TownCaseFigure(string TownCode, string TownName, int InProgress, int Overdue, int Approved, long MonthlyFen);

internal sealed class CaseFiguresHandler(AssistanceDbContext db, IRegionDirectory regions, TimeProvider clock)
{
    public async Task<IReadOnlyList<TownCaseFigure>> HandleAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        var cases = await db.Cases.AsNoTracking()
            .Select(c => new { Town = c.RegionCode.Substring(0, 9), c.Status, c.DueOn, c.MonthlyAmountFen })
            .ToListAsync(ct);
        var towns = await regions.TownsForAsync(db.User, ct);
        return towns.Select(t =>
        {
            var own = cases.Where(c => c.Town == t.Code).ToList();
            var open = own.Where(c => CaseWorkflow.IsOpen(c.Status)).ToList();
            var approved = own.Where(c => c.Status == CaseStatus.Approved).ToList();
            return new TownCaseFigure(t.Code, t.Name, open.Count, open.Count(c => c.DueOn < today), approved.Count, approved.Sum(c => c.MonthlyAmountFen ?? 0));
        }).ToList();
    }
}
