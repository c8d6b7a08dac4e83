using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Assistance.Features.PrintNotices;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class PrintNoticesEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/cases/{id:guid}/publicity-notice", async (Guid id, NoticesHandler h, CancellationToken ct) => TypedResults.Ok(await h.PublicityAsync(id, ct)))
            .WithSummary("公示内容（姓名、身份证号脱敏，不含未成年人）");

        g.MapGet("/cases/{id:guid}/refusal-notice", async (Guid id, NoticesHandler h, CancellationToken ct) => TypedResults.Ok(await h.RefusalAsync(id, ct)))
            .WithSummary("不予批准告知书内容");
    }
}
