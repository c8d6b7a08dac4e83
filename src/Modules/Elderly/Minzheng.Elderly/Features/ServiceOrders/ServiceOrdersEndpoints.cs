using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Elderly.Features.ServiceOrders;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class ServiceOrdersEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapPost("/persons/{id:guid}/orders", async (Guid id, OrderRequest request, ServiceOrdersHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.CreateAsync(id, request, ct)))
            .WithSummary("派发上门服务工单：居家养老服务商或养老机构、服务项目、服务期限（90 天内）、备注；机构在工作台登记服务即完成");

        g.MapPost("/orders/{id:guid}/cancel", async (Guid id, ServiceOrdersHandler h, CancellationToken ct) =>
        {
            await h.CancelAsync(id, ct);
            return TypedResults.NoContent();
        }).WithSummary("取消待服务的工单");
    }
}
