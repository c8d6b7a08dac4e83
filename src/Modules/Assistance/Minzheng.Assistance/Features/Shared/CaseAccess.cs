using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Platform.Errors;

namespace Minzheng.Assistance.Features.Shared;

internal static class CaseAccess
{
    /// <summary>A case within the user's regions (the context's filter), or 404.</summary>
    public static async Task<AssistanceCase> CaseAsync(this AssistanceDbContext db, Guid id, CancellationToken ct, bool tracked = true)
    {
        var query = db.Cases.Include(c => c.Incomes).Include(c => c.Events).AsSplitQuery();
        return await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException("案件不存在或无权查看");
    }

    /// <summary>Adds a timeline line through the set: a new row with a client-made key, met only through a navigation, would be taken for an existing one.</summary>
    public static void AddEvent(this AssistanceDbContext db, AssistanceCase c, DateTime atUtc, string step, string? note) =>
        db.Events.Add(new CaseEvent { CaseId = c.Id, RegionCode = c.RegionCode, Actor = db.User.UserName, AtUtc = atUtc, Step = step, Note = note });
}
