using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Monitoring.Features.Partners;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class PartnersEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/partners", async (PartnerClientsHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .WithSummary("合作部门接口客户端");

        g.MapPost("/partners", async (CreatePartnerRequest request, PartnerClientsHandler h, CancellationToken ct) => TypedResults.Ok(await h.CreateAsync(request, ct)))
            .WithSummary("为合作部门创建接口客户端（密钥只显示这一次）");

        g.MapPost("/partners/{id:guid}/disable", async (Guid id, PartnerClientsHandler h, CancellationToken ct) =>
        {
            await h.DisableAsync(id, ct);
            return TypedResults.NoContent();
        }).WithSummary("停用接口客户端");
    }
}
