using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Registry.Features.ChangeHead;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class ChangeHeadEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapPost("/households/{id:guid}/head", async (Guid id, ChangeHeadRequest request, ChangeHeadHandler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("变更户主");
    }
}
