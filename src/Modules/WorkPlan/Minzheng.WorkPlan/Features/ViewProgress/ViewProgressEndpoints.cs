using Minzheng.WorkPlan.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Minzheng.WorkPlan.Data;

namespace Minzheng.WorkPlan.Features.ViewProgress;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class ViewProgressEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/plans", async (WorkPlanDbContext db, CancellationToken ct) => TypedResults.Ok(await db.YearsAsync(ct)))
            .WithSummary("已导入工作要点的年度");

        g.MapGet("/plans/{year:int}", async (int year, [FromQuery] DateOnly? asOf, PlanProgressHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(year, asOf, ct)))
            .WithSummary("一年的工作要点：各部分、各要点及每个量化指标的当前值与状态（asOf 缺省为今天）");
    }
}
