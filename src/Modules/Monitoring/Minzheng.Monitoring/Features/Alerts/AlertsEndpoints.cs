using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Monitoring.Features.Alerts;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class AlertsEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/alerts", async ([AsParameters] AlertQuery q, ListAlertsHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(new AlertFilter(q.Status, q.Town, q.Overdue, q.Rule, q.Page ?? 1, q.Size ?? 20), ct)))
            .WithSummary("预警列表（status=Open|Acknowledged|Closed|active，town，rule，overdue=true 为逾期上报区级的清单）");

        g.MapGet("/alerts/{id:guid}", async (Guid id, HandleAlertHandler h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(id, ct)))
            .WithSummary("预警详情与处置记录");

        g.MapPost("/alerts/{id:guid}/acknowledge", async (Guid id, HandleAlertHandler h, CancellationToken ct) => TypedResults.Ok(await h.AcknowledgeAsync(id, ct)))
            .WithSummary("签收预警");

        g.MapPost("/alerts/{id:guid}/close", async (Guid id, CloseAlertRequest request, HandleAlertHandler h, CancellationToken ct) => TypedResults.Ok(await h.CloseAsync(id, request, ct)))
            .WithSummary("办结预警：走访日期、方式、核实情况和处置结果（已救助、无需救助、已转介）");

        g.MapGet("/figures/towns", async (AlertFiguresHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithSummary("各镇街待处置、逾期和本月办结的预警数");
    }

    internal sealed record AlertQuery(string? Status, string? Town, bool? Overdue, string? Rule, int? Page, int? Size);
}
