using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Platform.Data;
using Minzheng.Platform.Paging;

namespace Minzheng.Assistance.Features.ListCases;

/// <summary>Cases within the user's regions, by programme, status, town and whether the current step is past its deadline.</summary>
internal sealed class ListCasesHandler(AssistanceDbContext db, TimeProvider clock)
{
    public async Task<PagedResult<CaseRow>> HandleAsync(CaseFilter filter, CancellationToken ct = default)
    {
        var today = clock.Today();
        var query = db.Cases.AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }

        if (filter.Programme is { } programme)
        {
            query = query.Where(c => c.Programme == programme);
        }

        if (!string.IsNullOrWhiteSpace(filter.Region))
        {
            query = query.Where(c => c.RegionCode.StartsWith(filter.Region));
        }

        if (filter.Overdue == true)
        {
            query = query.Where(CaseQueries.OverdueOn(today));
        }

        var paging = new PageRequest(filter.Page, filter.Size);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(c => c.CreatedAtUtc).Skip(paging.Skip).Take(paging.SafeSize).ToListAsync(ct);
        return new PagedResult<CaseRow>(rows.Select(c => new CaseRow(c.Id, c.Number, ProgrammeLabels.Brief(c.Programme), c.HouseholdNumber, c.RegionCode, c.Members, c.Status, CaseLabels.Of(c.Status),
            c.DueOn, c.IsOverdue(today), c.MonthlyAmountFen, c.CreatedAtUtc)).ToList(), total, paging.SafePage, paging.SafeSize);
    }
}
