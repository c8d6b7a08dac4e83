using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Registry.Features.RevealField;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class RevealFieldEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapPost("/households/{id:guid}/reveal", async (Guid id, RevealRequest request, RevealFieldHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.RevealHouseholdAsync(id, request, ct)))
            .WithSummary("查看完整银行账号（须说明用途，记入审计）");

        g.MapPost("/persons/{id:guid}/reveal", async (Guid id, RevealRequest request, RevealFieldHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.RevealPersonAsync(id, request, ct)))
            .WithSummary("查看完整身份证号或电话（须说明用途，记入审计）");
    }
}
