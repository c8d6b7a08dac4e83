using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Registry.Features.ChangePersonStatus;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class ChangePersonStatusEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapPost("/persons/{id:guid}/status", async (Guid id, ChangePersonStatusRequest request, ChangePersonStatusHandler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("登记死亡或迁出");
    }
}
