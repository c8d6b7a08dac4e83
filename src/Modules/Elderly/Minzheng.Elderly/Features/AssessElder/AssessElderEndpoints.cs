using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Elderly.Features.AssessElder;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class AssessElderEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapPost("/persons/{id:guid}/assessments", async (Guid id, AssessRequest request, AssessElderHandler h, CancellationToken ct) =>
        {
            var a = await h.HandleAsync(id, request, ct);
            return TypedResults.Created($"/api/elderly/persons/{id}", new { id = a.Id, a.Total, level = a.Level.ToString() });
        }).WithSummary("录入能力评估（GB/T 42195-2022，26项评分）");
    }
}
