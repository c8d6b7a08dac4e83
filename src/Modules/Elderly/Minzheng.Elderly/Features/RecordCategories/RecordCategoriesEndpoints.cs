using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Elderly.Features.RecordCategories;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class RecordCategoriesEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapPut("/persons/{id:guid}/flags", async (Guid id, FlagsRequest request, RecordFlagsHandler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("登记留守、重残、计划生育特殊家庭（其余类别由数据推定）");
    }
}
