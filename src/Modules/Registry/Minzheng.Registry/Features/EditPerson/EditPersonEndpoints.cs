using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Registry.Features.EditPerson;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class EditPersonEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapPut("/persons/{id:guid}", async (Guid id, EditPersonRequest request, EditPersonHandler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("更正姓名或电话");
    }
}
