using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Assistance.Features.GetCase;

namespace Minzheng.Assistance.Features.AdvanceCase;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class AdvanceCaseEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapPost("/cases/{id:guid}/actions", async (Guid id, AdvanceRequest request, AdvanceHandler h, GetCaseHandler get, CancellationToken ct) =>
        {
            await h.HandleAsync(id, request, ct);
            return TypedResults.Ok(await get.HandleAsync(id, ct));
        }).WithSummary("办理一步：核对、入户调查（含收入）、初审、公示异议、公示期满、审核确认或不予批准");
    }
}
