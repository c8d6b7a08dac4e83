using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Platform.Errors;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.Retrofits;

/// <summary>An elder's retrofits, newest first.</summary>
internal sealed class ListRetrofitsHandler(ElderlyDbContext db, IPersonDirectory persons)
{
    public async Task<IReadOnlyList<RetrofitRow>> HandleAsync(Guid personId, CancellationToken ct = default)
    {
        _ = await persons.FindAsync(personId, ct) ?? throw new NotFoundException("人员不存在或不在您的管辖范围内");
        return (await db.Retrofits.AsNoTracking().Where(r => r.PersonId == personId).OrderByDescending(r => r.AppliedOn).ToListAsync(ct)).Select(RetrofitRow.From).ToList();
    }
}
