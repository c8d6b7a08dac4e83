using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Features.ListPersons;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class ListPersonsEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/persons", async ([AsParameters] PersonQuery q, ListPersonsHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(new PersonFilter { RegionCode = q.Region, Name = q.Name, Status = q.Status, MinAge = q.MinAge, Page = q.Page ?? 1, Size = q.Size ?? 20 }, ct)))
            .WithSummary("人员列表（分页，脱敏）");

        g.MapPost("/persons/search", async (PersonFilter filter, ListPersonsHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(filter, ct)))
            .WithSummary("按身份证号等条件查询人员");
    }

    internal sealed record PersonQuery(string? Region, string? Name, PersonStatus? Status, int? MinAge, int? Page, int? Size);
}
