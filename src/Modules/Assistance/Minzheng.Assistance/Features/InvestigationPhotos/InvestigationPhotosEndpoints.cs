using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Assistance.Features.Shared;

namespace Minzheng.Assistance.Features.InvestigationPhotos;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class InvestigationPhotosEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/cases/{id:guid}/photos", async (Guid id, InvestigationPhotosHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(id, ct)))
            .WithSummary("入户调查照片（列表）");

        g.MapPost("/cases/{id:guid}/photos", async (Guid id, PhotoRequest request, InvestigationPhotosHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.AddAsync(id, request, ct)))
            .WithSummary("上传入户调查照片（入户调查阶段，镇街经办或村居协理员；JPG/PNG，base64；每案最多 20 张）");

        g.MapGet("/photos/{id:guid}", async (Guid id, InvestigationPhotosHandler h, CancellationToken ct) =>
        {
            var (name, bytes) = await h.GetAsync(id, ct);
            return Results.File(bytes, FileContentTypes.For(name), name);
        }).WithSummary("查看一张入户调查照片");
    }
}
