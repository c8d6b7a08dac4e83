using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Assistance.Features.CaseFigures;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class CaseFiguresEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/figures/towns", async (CaseFiguresHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithSummary("各镇街：办理中、超期、已批准户数与月保障金额");
    }
}
