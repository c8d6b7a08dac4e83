using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Registry.Features.GetHousehold;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class GetHouseholdEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/households/{id:guid}", async (Guid id, GetHouseholdHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(id, ct)))
            .WithSummary("户详情");
    }
}
