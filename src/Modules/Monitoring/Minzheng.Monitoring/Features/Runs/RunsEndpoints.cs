using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Monitoring.Features.Runs;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class RunsEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapPost("/runs", async (StartRunRequest request, StartRunHandler h, CancellationToken ct) =>
        {
            var run = await h.StartInBackgroundAsync(request, ct);
            return TypedResults.Accepted($"/api/monitoring/runs/{run.Id}", RunView.Of(run));
        }).WithSummary("启动（或重新运行）某月的批量比对；进度见 GET /runs/{id}；重复运行不会产生重复预警");

        g.MapGet("/runs", async (StartRunHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .WithSummary("批量比对记录");

        g.MapGet("/runs/{id:guid}", async (Guid id, StartRunHandler h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(id, ct)))
            .WithSummary("一次比对的进度与结果");
    }
}
