using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Monitoring.Features.Partners;

/// <summary>
/// The HTTP routes of this use case: the district reads and stops clients in its /api/monitoring group; the system
/// administrator (who reads no case data) creates them in /api/admin, on a district officer's recorded request.
/// </summary>
internal static class PartnersEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/partners", async (PartnerClientsHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .WithSummary("合作部门接口客户端");
        MapDisable(g, "停用接口客户端（区民政局发现异常时可立即停用）");
    }

    public static void MapAdmin(RouteGroupBuilder admin)
    {
        admin.MapGet("/partners", async (PartnerClientsHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .WithSummary("合作部门接口客户端（系统管理员）");
        admin.MapPost("/partners", async (CreatePartnerRequest request, PartnerClientsHandler h, CancellationToken ct) => TypedResults.Ok(await h.CreateAsync(request, ct)))
            .WithSummary("根据区民政局经办人的申请为合作部门创建接口客户端（系统管理员；密钥只显示这一次；申请人与申请说明必填）");
        MapDisable(admin, "停用接口客户端（系统管理员）");
    }

    private static void MapDisable(RouteGroupBuilder g, string summary) =>
        g.MapPost("/partners/{id:guid}/disable", async (Guid id, PartnerClientsHandler h, CancellationToken ct) =>
        {
            await h.DisableAsync(id, ct);
            return TypedResults.NoContent();
        }).WithSummary(summary);
}
