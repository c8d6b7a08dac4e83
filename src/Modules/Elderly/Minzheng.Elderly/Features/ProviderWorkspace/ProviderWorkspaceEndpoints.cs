using Minzheng.Platform.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Elderly.Features.ProviderWorkspace;

/// <summary>机构工作台's API: 服务机构 accounts only, each bound to one provider and limited to its clients.</summary>
internal static class ProviderWorkspaceEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var provider = endpoints.MapGroup("/api/provider").WithTags("机构工作台 Provider").RequireAuthorization(p => p.RequireRole(Minzheng.Platform.Identity.Roles.ServiceProvider)).ProducesApiErrors();

        provider.MapGet("/workspace", async (ProviderWorkspaceHandler h, CancellationToken ct) => TypedResults.Ok(await h.ViewAsync(ct)))
            .WithSummary("本机构的服务对象（在用家庭养老床位、待服务工单、助餐登记）、最近的上门服务或助餐记录与安全检查");

        provider.MapPost("/clients/{id:guid}/services", async (Guid id, HomeCare.DeliveryRequest request, ProviderWorkspaceHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.RecordDeliveryAsync(id, request, ct)))
            .WithSummary("为本机构的服务对象登记上门服务（机构固定为本机构；带 orderId 即完成该工单；可附照片）；补贴按标准计算并记入服务链");

        provider.MapPost("/clients/{id:guid}/meals", async (Guid id, Meals.MealRequest request, ProviderWorkspaceHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.RecordMealAsync(id, request, ct)))
            .WithSummary("助餐点为登记就餐的老人登记助餐（助餐点固定为本机构）；补贴按标准计算并记入服务链");

        provider.MapGet("/deliveries/{id:guid}/photo", async (Guid id, ProviderWorkspaceHandler h, CancellationToken ct) =>
        {
            var (name, bytes) = await h.PhotoAsync(id, ct);
            return Results.File(bytes, Shared.PhotoUploads.ContentType(name), name);
        }).WithSummary("本机构一次上门服务的照片");
    }
}
