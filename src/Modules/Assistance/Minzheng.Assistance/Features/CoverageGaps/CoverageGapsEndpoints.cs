using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Assistance.Features.CoverageGaps;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class CoverageGapsEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/gaps", async ([Microsoft.AspNetCore.Mvc.FromQuery] string? region, int? page, int? size, CoverageGapsHandler h, CancellationToken ct) =>
                TypedResults.Ok(await h.ListAsync(region, page ?? 1, size ?? CoverageGapsHandler.Max, ct)))
            .WithSummary("疑似漏保：可能需要救助而未纳入保障的在册家庭，分页（size 默认 500；共列出最多 500 户，truncated 表示还有更多）");

        g.MapPost("/gaps/{id:guid}/dismiss", async (Guid id, DismissGapRequest request, CoverageGapsHandler h, CancellationToken ct) =>
        {
            await h.DismissAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("核实后不需要救助（写明情况）：一年内不再列为疑似漏保");
    }
}
