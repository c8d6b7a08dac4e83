using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Elderly.Features.Facilities;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class FacilitiesEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/facilities", async (FacilitiesHandler h, CancellationToken ct) => TypedResults.Ok(await h.ViewAsync(ct)))
            .WithSummary("养老服务设施与覆盖率（街道、乡镇综合性养老服务中心，农村互助养老服务设施）");

        g.MapPost("/facilities", async (FacilityRequest request, FacilitiesHandler h, CancellationToken ct) => TypedResults.Ok(await h.CreateAsync(request, ct)))
            .WithSummary("登记设施（区业务股室）：综合性养老服务中心登记在镇街，互助养老服务设施登记在村");
    }
}
