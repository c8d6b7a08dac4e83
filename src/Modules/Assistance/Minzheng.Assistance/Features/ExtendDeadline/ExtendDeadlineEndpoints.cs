using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Assistance.Features.GetCase;

namespace Minzheng.Assistance.Features.ExtendDeadline;

/// <summary>The HTTP route of this use case, mapped by the module into its /api group.</summary>
internal static class ExtendDeadlineEndpoints
{
    public static void Map(RouteGroupBuilder g) =>
        g.MapPost("/cases/{id:guid}/extension", async (Guid id, ExtendDeadlineRequest request, ExtendDeadlineHandler h, GetCaseHandler get, CancellationToken ct) =>
        {
            await h.HandleAsync(id, request, ct);
            return TypedResults.Ok(await get.HandleAsync(id, ct));
        }).WithSummary("特殊情况延长办理时限（一次，写明理由；办结时限按设置延长，默认由30个工作日延至45个工作日）");
}
