using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Assistance.Domain.Cases;

namespace Minzheng.Assistance.Features.ListCases;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class ListCasesEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/cases", async ([AsParameters] CaseQuery q, ListCasesHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(new CaseFilter(q.Status, q.Region, q.Overdue, q.Page ?? 1, q.Size ?? 20, q.Programme), ct)))
            .WithSummary("救助申请列表（按类别 programme、状态、镇街、是否超期筛选）");
    }

    internal sealed record CaseQuery(CaseStatus? Status, string? Region, bool? Overdue, int? Page, int? Size, Domain.Programmes.Programme? Programme);
}
