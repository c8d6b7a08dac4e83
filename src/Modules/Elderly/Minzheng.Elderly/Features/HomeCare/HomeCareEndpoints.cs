using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Elderly.Features.HomeCare;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class HomeCareEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/persons/{id:guid}/home-care", async (Guid id, ViewHomeCareHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(id, ct)))
            .WithSummary("家庭养老床位与上门服务记录");

        g.MapPost("/persons/{id:guid}/bed", async (Guid id, OpenBedRequest request, OpenBedHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(id, request, ct)))
            .WithSummary("建家庭养老床位：签约机构、协议编号、建床日期、适老化配置");

        g.MapPost("/persons/{id:guid}/bed/end", async (Guid id, EndBedRequest request, EndBedHandler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("撤销家庭养老床位");

        g.MapPost("/persons/{id:guid}/services", async (Guid id, DeliveryRequest request, ServiceDeliveriesHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.RecordDeliveryAsync(id, request, ct)))
            .WithSummary("登记上门服务：机构、项目、服务人员、签到签退（北京时间，或带时区偏移）、评价、照片（可选）、所完成的工单（可选）；补贴按标准计算并记入服务链");

        g.MapGet("/deliveries/{id:guid}/photo", async (Guid id, ServiceDeliveriesHandler h, CancellationToken ct) =>
        {
            var (name, bytes) = await h.PhotoAsync(id, ct);
            return Results.File(bytes, Features.Shared.PhotoUploads.ContentType(name), name);
        }).WithSummary("上门服务照片");

        g.MapGet("/figures/towns", async (ServiceFiguresHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithSummary("各镇街在用与本年新增家庭养老床位、本年上门服务人次");
    }
}
