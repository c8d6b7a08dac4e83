using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Features.ListHouseholds;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class ListHouseholdsEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/households", async ([AsParameters] HouseholdQuery q, ListHouseholdsHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(new HouseholdFilter { RegionCode = q.Region, Keyword = q.Keyword, Kind = q.Kind, Page = q.Page ?? 1, Size = q.Size ?? 20 }, ct)))
            .WithSummary("户列表（分页，敏感信息脱敏）");

        g.MapPost("/households/search", async (HouseholdFilter filter, ListHouseholdsHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(filter, ct)))
            .WithSummary("按身份证号等条件查询户（身份证号放在请求体中）");
    }

    internal sealed record HouseholdQuery(string? Region, string? Keyword, HouseholdKind? Kind, int? Page, int? Size);
}
