using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Elderly.Features.Centenarians;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class CentenariansEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/centenarians", async (CentenariansHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .WithSummary("百岁老人名单与最近的关爱");

        g.MapPost("/persons/{id:guid}/centenarian-actions", async (Guid id, CareActionRequest request, CentenariansHandler h, CancellationToken ct) =>
        {
            await h.RecordAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("登记百岁老人关爱：生日慰问、节日慰问、健康体检、高龄津贴发放");
    }
}
