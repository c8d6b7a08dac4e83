using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Platform.Indicators;

namespace Minzheng.WorkPlan.Features.LoadPlan;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class LoadPlanEndpoints
{
    private const int MaxPlanBytes = 2 * 1024 * 1024;

    public static void Map(RouteGroupBuilder g)
    {
        g.MapPost("/plans", async (HttpRequest request, LoadPlanHandler h, CancellationToken ct) =>
        {
            // The plan file is the raw JSON body: not a form post, so no cross-site form can send it.
            if (request.ContentLength > MaxPlanBytes)
            {
                return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "文件过大", detail: "计划文件不能超过 2 MB");
            }

            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, ct);
            var result = await h.HandleAsync(body.ToArray(), ct);
            return result.Outcome == LoadOutcome.Created ? Results.Created($"/api/workplan/plans/{result.Year}", result) : Results.Ok(result);
        }).Accepts<PlanFile>("application/json").WithSummary("导入或更新一年的工作要点（请求体为计划文件 JSON；整份导入，有错则不导入）");

        g.MapGet("/indicators", (IndicatorRegistry registry) => TypedResults.Ok(registry.Definitions))
            .WithSummary("各业务模块发布的可绑定指标");
    }
}
