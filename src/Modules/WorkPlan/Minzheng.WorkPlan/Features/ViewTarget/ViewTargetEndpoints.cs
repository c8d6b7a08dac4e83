using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.WorkPlan.Features.ViewTarget;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class ViewTargetEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/targets/{id:guid}", async (Guid id, TargetDetailHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(id, ct)))
            .WithSummary("量化指标详情：趋势、分镇街数据、进度填报");
    }
}
