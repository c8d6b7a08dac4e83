using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Minzheng.Platform.Access;

namespace Minzheng.Web.Account;

/// <summary>
/// Ends idle sessions and sessions whose account changed (<see cref="SessionValidity"/>) on the server, and answers
/// API calls with 401/403 instead of redirects.
/// </summary>
internal static class CookieEvents
{
    public static void Configure(CookieAuthenticationOptions o)
    {
        o.LoginPath = "/account/login";
        o.AccessDeniedPath = "/forbidden";
        o.Cookie.Name = "mz.auth";
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.CookieManager = new HostPrefixCookies();
        o.SlidingExpiration = true;
        o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
        o.Events.OnValidatePrincipal = async context =>
        {
            var services = context.HttpContext.RequestServices;
            var sessions = services.GetRequiredService<SessionRegistry>();
            var sessionId = context.Principal?.FindFirstValue(MzClaimTypes.SessionId);
            if (!sessions.Touch(sessionId) || !await services.GetRequiredService<SessionValidity>().IsCurrentAsync(context.Principal!, services))
            {
                sessions.End(sessionId);
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
            }
        };
        o.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = async context =>
        {
            await Minzheng.Platform.Audit.DeniedAccess.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "角色无权访问");
            await ApiOr(context, StatusCodes.Status403Forbidden);
        };
    }

    private static Task ApiOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || context.Request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
