using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Assistance.Features.ApplyForAssistance;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class ApplyForAssistanceEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapPost("/cases", async (ApplyRequest request, ApplyHandler h, CancellationToken ct) =>
        {
            var c = await h.HandleAsync(request, ct);
            return TypedResults.Created($"/api/assistance/cases/{c.Id}", new { id = c.Id, number = c.Number });
        }).WithSummary("受理社会救助申请（programme：Tekun 依次认定特困→低保→边缘→刚性支出，或 Dibao、Edge、RigidExpense、Temporary；DisabilityLiving、DisabilityCare 须附 personId；须附签字的核对授权书，Base64）");
    }
}
