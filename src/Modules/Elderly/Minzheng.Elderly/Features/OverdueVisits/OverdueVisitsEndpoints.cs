using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Elderly.Features.OverdueVisits;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class OverdueVisitsEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/visits/overdue", async (OverdueVisitsHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithSummary("逾期未探访的老人（按探访计划的频次）");
    }
}
