using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Elderly.Features.ElderProfile;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class ElderProfileEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/persons/{id:guid}", async (Guid id, ElderProfileHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(id, ct)))
            .WithSummary("老年人档案与能力评估记录");
    }
}
