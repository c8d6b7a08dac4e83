using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Elderly.Features.Providers;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class ProvidersEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/providers", async (ListProvidersHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithSummary("养老服务机构（养老机构、居家养老服务商、助餐点）");

        g.MapPost("/providers", async (ProviderRequest request, RegisterProviderHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(request, ct)))
            .WithSummary("登记服务机构（区业务股室）：类型、服务区域、床位与护理型床位、等级");
    }
}
