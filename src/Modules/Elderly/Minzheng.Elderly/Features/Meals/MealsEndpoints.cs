using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Elderly.Features.Meals;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class MealsEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/persons/{id:guid}/meals", async (Guid id, ListMealsHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(id, ct)))
            .WithSummary("助餐登记与助餐记录");

        g.MapPost("/persons/{id:guid}/meal-enrolments", async (Guid id, EnrolRequest request, EnrolAtMealPointHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(id, request, ct)))
            .WithSummary("助餐登记：助餐点与登记日期；登记期间，该助餐点的机构账号可为该老人登记助餐");

        g.MapPost("/meal-enrolments/{id:guid}/end", async (Guid id, EndEnrolmentRequest request, EndMealEnrolmentHandler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("结束助餐登记");

        g.MapPost("/persons/{id:guid}/meals", async (Guid id, MealRequest request, RecordMealHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(id, request, ct)))
            .WithSummary("登记助餐：助餐点、日期、餐数（1–3）；每人每天每个助餐点一条；补贴按标准计算并记入服务链");
    }
}
