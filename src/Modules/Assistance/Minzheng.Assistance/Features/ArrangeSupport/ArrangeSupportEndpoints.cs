using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Assistance.Features.GetCase;

namespace Minzheng.Assistance.Features.ArrangeSupport;

/// <summary>The HTTP route of this use case, mapped by the module into its /api group.</summary>
internal static class ArrangeSupportEndpoints
{
    public static void Map(RouteGroupBuilder g) =>
        g.MapPut("/cases/{id:guid}/support", async (Guid id, SupportRequest request, ArrangeSupportHandler h, GetCaseHandler get, CancellationToken ct) =>
        {
            await h.HandleAsync(id, request, ct);
            return TypedResults.Ok(await get.HandleAsync(id, ct));
        }).WithSummary("登记特困人员供养方式：集中供养（供养机构）或分散供养（委托照料护理协议：照料人、协议期限、照料护理费，按协议支付给照料人）");
}
