using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Elderly.Features.ProviderAccounts;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class ProviderAccountsEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/providers/{id:guid}/accounts", async (Guid id, ProviderAccountsHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(id, ct)))
            .WithSummary("绑定到该机构的服务机构账号（区业务股室）");

        g.MapPost("/providers/{id:guid}/accounts", async (Guid id, BindAccountRequest request, ProviderAccountsHandler h, CancellationToken ct) =>
        {
            await h.GrantAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("把一个“服务机构”角色的账号绑定到该机构：此后它只看到、只登记本机构的服务对象");

        g.MapDelete("/providers/{id:guid}/accounts/{userName}", async (Guid id, string userName, ProviderAccountsHandler h, CancellationToken ct) =>
        {
            await h.RevokeAsync(id, userName, ct);
            return TypedResults.NoContent();
        }).WithSummary("解除账号绑定");
    }
}
