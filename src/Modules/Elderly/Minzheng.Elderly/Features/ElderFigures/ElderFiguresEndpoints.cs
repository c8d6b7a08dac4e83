using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Elderly.Features.ElderFigures;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class ElderFiguresEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/figures", async (ElderFiguresHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithSummary("本月特殊困难老年人探访率与失能老人帮扶率（按镇街，含未评估人数）");
    }
}
