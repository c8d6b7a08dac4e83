using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Elderly.Features.CareVisits;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class CareVisitsEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/persons/{id:guid}/visits", async (Guid id, CareVisitsHandler h, CancellationToken ct) => TypedResults.Ok(await h.ViewAsync(id, ct)))
            .WithSummary("探访计划与探访记录");

        g.MapPut("/persons/{id:guid}/visit-plan", async (Guid id, PlanRequest request, CareVisitsHandler h, CancellationToken ct) =>
        {
            await h.SetPlanAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("制定探访计划（高风险每周、重点每月、一般每季度）");

        g.MapPost("/persons/{id:guid}/visits", async (Guid id, VisitRequest request, CareVisitsHandler h, CancellationToken ct) =>
        {
            await h.RecordAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("登记一次探访（上门、电话、视频）");
    }
}
