using System.Security.Claims;
using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Identity;

namespace Minzheng.Web.Startup;

/// <summary>Platform-level API: who am I, and the audit trail for auditors.</summary>
internal static class PlatformEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api").RequireAuthorization(Policies.Staff);
        g.MapGet("/me", (ClaimsPrincipal user, ICurrentUser current) => TypedResults.Ok(new
        {
            userName = current.UserName,
            displayName = user.FindFirstValue(ClaimTypesEx.DisplayName),
            roles = Roles.All.Where(user.IsInRole).ToArray(),
            regions = user.FindAll(ClaimTypesEx.Region).Select(c => c.Value).ToArray(),
        })).WithTags("平台 Platform").WithSummary("当前用户、角色与管辖区域");

        g.MapGet("/audit", async ([AsParameters] AuditQueryArgs a, AuditQuery q, CancellationToken ct) =>
            TypedResults.Ok(await q.HandleAsync(new AuditFilter { UserName = a.User, Action = a.Action, EntityId = a.EntityId, From = a.From, To = a.To, Page = a.Page ?? 1, Size = a.Size ?? 50 }, ct)))
            .WithTags("平台 Platform").WithSummary("审计日志（审计人员）");
    }

    internal sealed record AuditQueryArgs(string? User, string? Action, string? EntityId, DateOnly? From, DateOnly? To, int? Page, int? Size);
}
