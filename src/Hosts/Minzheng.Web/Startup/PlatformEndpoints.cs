using Minzheng.Platform.Errors;
using System.Security.Claims;
using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Data;
using Minzheng.Platform.Identity;
using Minzheng.Platform.Outbox.Subscribers;

namespace Minzheng.Web.Startup;

/// <summary>Platform-level API: who am I, the audit trail for auditors, event delivery for the system administrator.</summary>
internal static class PlatformEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api").RequireAuthorization(Policies.Staff).ProducesApiErrors();
        g.MapGet("/me", (ClaimsPrincipal user, ICurrentUser current) => TypedResults.Ok(new
        {
            userName = current.UserName,
            displayName = user.FindFirstValue(MzClaimTypes.DisplayName),
            roles = Roles.All.Where(user.IsInRole).ToArray(),
            regions = user.FindAll(MzClaimTypes.Region).Select(c => c.Value).ToArray(),
        })).WithTags("平台 Platform").WithSummary("当前用户、角色与管辖区域");

        g.MapGet("/audit", async ([AsParameters] AuditQueryArgs a, AuditQuery q, CancellationToken ct) =>
            TypedResults.Ok(await q.HandleAsync(new AuditFilter { UserName = a.User, Action = a.Action, EntityId = a.EntityId, From = a.From, To = a.To, Page = a.Page ?? 1, Size = a.Size ?? 50 }, ct)))
            .WithTags("平台 Platform").WithSummary("审计日志（审计管理员、审计人员；每次查阅也记入审计）");
        g.MapGet("/audit/export", async ([AsParameters] AuditQueryArgs a, AuditQuery q, TimeProvider clock, CancellationToken ct) =>
                TypedResults.File(await q.ExportAsync(new AuditFilter { UserName = a.User, Action = a.Action, EntityId = a.EntityId, From = a.From, To = a.To }, ct),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"审计日志-{clock.Today():yyyyMMdd}.xlsx"))
            .WithTags("平台 Platform").WithSummary("按筛选条件导出审计日志（XLSX，最多 50000 条；导出也记入审计）");
        g.MapGet("/audit/alerts", async (SecurityAlerts alerts, CancellationToken ct) => TypedResults.Ok(await alerts.ListAsync(ct)))
            .WithTags("平台 Platform").WithSummary("安全告警：登录失败、个人信息批量读取（安全管理员、审计管理员、审计人员）");

        g.MapGet("/admin/outbox", async (OutboxStatusHandler h, CancellationToken ct) => TypedResults.Ok(await h.ViewAsync(ct)))
            .WithTags("平台 Platform").WithSummary("事件投递：各订阅者的读取位置与处理失败的事件（系统管理员）");
        g.MapPost("/admin/outbox/dead-letters/{id:guid}/retry", async (Guid id, OutboxStatusHandler h, CancellationToken ct) =>
                TypedResults.Ok(new { delivered = await h.RetryAsync(id, ct) }))
            .WithTags("平台 Platform").WithSummary("立即重新投递一条已搁置的事件（系统管理员；记入审计）");
    }

    internal sealed record AuditQueryArgs(string? User, string? Action, string? EntityId, DateOnly? From, DateOnly? To, int? Page, int? Size);
}
