using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Elderly.Features.Retrofits;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class RetrofitsEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/persons/{id:guid}/retrofits", async (Guid id, ListRetrofitsHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(id, ct)))
            .WithSummary("居家适老化改造记录");

        g.MapPost("/persons/{id:guid}/retrofits", async (Guid id, ApplyRetrofitRequest request, ApplyRetrofitHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(id, request, ct)))
            .WithSummary("登记适老化改造申请：改造项目（至少一项基础类）、申请日期");

        g.MapPost("/retrofits/{id:guid}/advance", async (Guid id, AdvanceRetrofitRequest request, AdvanceRetrofitHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(id, request, ct)))
            .WithSummary("登记下一阶段：评估（核定补贴）→ 施工（改造前照片）→ 验收（改造后照片）；不能跳过");

        g.MapGet("/retrofits/{id:guid}/photo", async (Guid id, [FromQuery] bool? after, RetrofitPhotoHandler h, CancellationToken ct) =>
        {
            var (name, bytes) = await h.HandleAsync(id, after == true, ct);
            return Results.File(bytes, Features.Shared.PhotoUploads.ContentType(name), name);
        }).WithSummary("改造前（after=false）或改造后（after=true）照片");
    }
}
