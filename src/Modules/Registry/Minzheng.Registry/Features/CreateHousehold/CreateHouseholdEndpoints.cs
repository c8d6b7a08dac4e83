using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Registry.Features.CreateHousehold;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class CreateHouseholdEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapPost("/households", async (CreateHouseholdRequest request, CreateHouseholdHandler h, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(request, ct);
            return TypedResults.Created($"/api/registry/households/{id}", new { id });
        }).WithSummary("新增户（含户主及成员）");
    }
}
