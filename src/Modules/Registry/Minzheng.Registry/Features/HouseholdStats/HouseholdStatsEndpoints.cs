using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Registry.Features.HouseholdStats;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class HouseholdStatsEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/stats/towns", async (TownFiguresHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithSummary("各镇街户数、人数、60岁以上老人数");
    }
}
