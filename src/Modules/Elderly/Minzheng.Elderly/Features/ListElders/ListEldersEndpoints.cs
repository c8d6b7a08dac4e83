using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Elderly.Features.ListElders;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class ListEldersEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/persons", async ([FromQuery] string? region, [FromQuery] string? name, [FromQuery] int? page, ListEldersHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(region, name, page ?? 1, 20, ct)))
            .WithSummary("60周岁及以上老年人及其最近一次能力评估");
    }
}
