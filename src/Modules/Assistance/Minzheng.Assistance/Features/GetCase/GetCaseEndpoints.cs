using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Features.Shared;

namespace Minzheng.Assistance.Features.GetCase;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class GetCaseEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/cases/{id:guid}", async (Guid id, GetCaseHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(id, ct)))
            .WithSummary("案件详情：申请时的户、流程、核算说明、时间线");

        g.MapGet("/cases/{id:guid}/consent", async (Guid id, AssistanceDbContext db, CancellationToken ct) =>
        {
            var c = await db.Cases.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.ConsentFileName }).FirstOrDefaultAsync(ct)
                ?? throw new Minzheng.Platform.Errors.NotFoundException("案件不存在或无权查看");
            var consent = await db.Consents.AsNoTracking().FirstOrDefaultAsync(x => x.CaseId == id, ct) ?? throw new Minzheng.Platform.Errors.NotFoundException("没有核对授权书");
            return Results.File(consent.Bytes, FileContentTypes.For(c.ConsentFileName), c.ConsentFileName);
        }).WithSummary("下载核对授权书");
    }
}
