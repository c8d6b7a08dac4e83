using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.WorkPlan.Features.ReviewProgress;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class ReviewProgressEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapPost("/reports/{id:guid}/approve", async (Guid id, ReviewRequest request, ReviewProgressHandler h, CancellationToken ct) =>
        {
            await h.ApproveAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("审核通过进度填报（不能审核自己的填报）");

        g.MapPost("/reports/{id:guid}/reject", async (Guid id, ReviewRequest request, ReviewProgressHandler h, CancellationToken ct) =>
        {
            await h.RejectAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("退回进度填报（须写明理由）");
    }
}
