using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;
using Minzheng.Platform.Security.Policy;

namespace Minzheng.Web.Startup;

/// <summary>The 安全管理员's API: the sign-in policy, the login-failure and lockout report, unlocking and disabling accounts.</summary>
internal static class SecurityEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/security").WithTags("安全管理 Security").RequireAuthorization(Policies.Staff).ProducesApiErrors();
        g.MapGet("/policy", async (SecurityPolicyAdmin admin, CancellationToken ct) => TypedResults.Ok(await admin.GetAsync(ct)))
            .WithSummary("安全策略：密码历史与有效期、登录失败锁定、空闲超时（安全管理员；审计管理员、审计人员只读）");
        g.MapPut("/policy", async (SecurityPolicy policy, SecurityPolicyAdmin admin, CancellationToken ct) => TypedResults.Ok(await admin.SaveAsync(policy, ct)))
            .WithSummary("调整安全策略（安全管理员；各项有取值范围；逐项记入审计）");
        g.MapGet("/logins", async (int? days, LoginReportQuery q, CancellationToken ct) => TypedResults.Ok(await q.HandleAsync(days ?? 7, ct)))
            .WithSummary("登录失败与锁定报告：按账户和来源地址（安全管理员、审计管理员、审计人员；查阅记入审计）");
        g.MapPost("/accounts/{userName}/unlock", async (string userName, AccountAdministration admin) =>
            {
                await admin.UnlockAsync(userName);
                return TypedResults.NoContent();
            })
            .WithSummary("解锁因登录失败被锁定的账户（安全管理员、系统管理员）");
        g.MapPost("/accounts/{userName}/disable", async (string userName, AccountAdministration admin) =>
            {
                await admin.SetDisabledAsync(userName, disabled: true);
                return TypedResults.NoContent();
            })
            .WithSummary("停用账户：其所有会话立即结束（安全管理员、系统管理员）");
        g.MapPost("/accounts/{userName}/enable", async (string userName, AccountAdministration admin) =>
            {
                await admin.SetDisabledAsync(userName, disabled: false);
                return TypedResults.NoContent();
            })
            .WithSummary("启用已停用的账户（安全管理员、系统管理员）");
    }
}
