using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Assistance.Features.GetCase;

namespace Minzheng.Assistance.Features.ManageBenefit;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class ManageBenefitEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapPost("/cases/{id:guid}/benefit", async (Guid id, BenefitRequest request, ManageBenefitHandler h, GetCaseHandler get, CancellationToken ct) =>
        {
            await h.HandleAsync(id, request, ct);
            return TypedResults.Ok(await get.HandleAsync(id, ct));
        }).WithSummary("动态管理：复核、增发/减发（自某月起的新金额）、渐退、停发（自某月起）、暂停发放、恢复发放；均须写明理由");

        g.MapGet("/reviews", async ([Microsoft.AspNetCore.Mvc.FromQuery] bool? overdue, ReviewsHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(overdue == true, ct)))
            .WithSummary("复核任务：30 天内到期或已逾期的复核，以及暂停发放待复核的户");
    }
}
