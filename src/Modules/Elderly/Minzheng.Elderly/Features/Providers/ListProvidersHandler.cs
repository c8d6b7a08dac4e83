using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Services;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;

namespace Minzheng.Elderly.Features.Providers;

/// <summary>
/// The providers the district works with, listed for every case worker (to choose one), with their latest safety
/// inspection as the user's regions see it.
/// </summary>
internal sealed class ListProvidersHandler(ElderlyDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ProviderRow>> HandleAsync(CancellationToken ct = default)
    {
        var today = clock.Today();
        var inspections = (await db.Inspections.AsNoTracking().ToListAsync(ct)).ToLookup(i => i.ProviderId);
        return (await db.Providers.AsNoTracking().OrderBy(p => p.Kind).ThenBy(p => p.Name).ToListAsync(ct)).Select(p =>
        {
            var own = inspections[p.Id].ToList();
            var last = own.MaxBy(i => (i.InspectedOn, i.CreatedAtUtc));
            return ProviderRow.Of(p) with
            {
                LastInspection = last is null ? null : $"{last.InspectedOn:yyyy-MM-dd} {InspectionLabels.Of(last.Result)}",
                OpenFindings = own.Count(i => i.Open),
                OverdueFindings = own.Any(i => i.Open && i.RectifyBy < today),
            };
        }).ToList();
    }

    public async Task<ProviderRow> FindAsync(Guid id, CancellationToken ct = default) =>
        (await HandleAsync(ct)).FirstOrDefault(p => p.Id == id) ?? throw new NotFoundException("服务机构不存在");
}
