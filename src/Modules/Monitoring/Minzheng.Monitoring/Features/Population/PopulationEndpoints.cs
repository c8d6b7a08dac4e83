using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Monitoring.Features.Population;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class PopulationEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/population", async (SubjectsHandler h, CancellationToken ct) => TypedResults.Ok(await h.ViewAsync(ct)))
            .WithSummary("监测对象：按类别的户数，以及镇街登记的防返贫监测、其他困难人员");

        g.MapPost("/subjects", async (AddSubjectRequest request, SubjectsHandler h, CancellationToken ct) => TypedResults.Ok(await h.AddAsync(request, ct)))
            .WithSummary("将一户纳入监测（防返贫监测对象或其他困难人员）");
    }
}
