using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;

namespace Minzheng.Elderly.Features.Inspections;

/// <summary>
/// Safety inspections of one institution (养老机构), newest first; open findings past their deadline are 逾期.
/// </summary>
internal sealed class ListInspectionsHandler(ElderlyDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<InspectionRow>> HandleAsync(Guid providerId, CancellationToken ct = default)
    {
        _ = await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == providerId, ct) ?? throw new NotFoundException("服务机构不存在");
        return await ListForAsync(providerId, ct);
    }

    /// <summary>The inspections of one provider, newest first (no access check: callers have made theirs).</summary>
    public async Task<IReadOnlyList<InspectionRow>> ListForAsync(Guid providerId, CancellationToken ct = default)
    {
        var today = clock.Today();
        return (await db.Inspections.AsNoTracking().Where(i => i.ProviderId == providerId).OrderByDescending(i => i.InspectedOn).ThenByDescending(i => i.CreatedAtUtc).ToListAsync(ct))
            .Select(i => InspectionRow.Of(i, today)).ToList();
    }
}
