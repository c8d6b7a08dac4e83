using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Registry.Features.MoveMember;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class MoveMemberEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapPost("/households/{id:guid}/move-in", async (Guid id, MoveMemberRequest request, MoveMemberHandler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("已登记人员迁入本户");
    }
}
