using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Elderly.Features.Inspections;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class InspectionsEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/providers/{id:guid}/inspections", async (Guid id, ListInspectionsHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(id, ct)))
            .WithSummary("养老机构的安全检查记录（最新在前；逾期未整改标为 overdue）");

        g.MapPost("/providers/{id:guid}/inspections", async (Guid id, InspectionRequest request, RecordInspectionHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(id, request, ct)))
            .WithSummary("登记安全检查（区业务股室，或机构所在镇街）：日期、检查人员、结论（Pass 合格 / Rectify 限期整改 / Suspend 停业整顿）、问题、整改期限");

        g.MapPost("/inspections/{id:guid}/rectify", async (Guid id, RectifyRequest request, RectifyInspectionHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(id, request, ct)))
            .WithSummary("登记整改完成：日期与整改情况");
    }
}
