using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Registry.Features.EditHousehold;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class EditHouseholdEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapPut("/households/{id:guid}", async (Guid id, EditHouseholdRequest request, EditHouseholdHandler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("修改户信息（城乡类别、地址、开户银行、银行账号）");
    }
}
