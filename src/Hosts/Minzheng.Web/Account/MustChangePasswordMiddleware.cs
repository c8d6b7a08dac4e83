namespace Minzheng.Web.Account;

/// <summary>A user holding a one-time password reaches nothing but the password page until it is changed.</summary>
internal sealed class MustChangePasswordMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(c => c.Type == AccountEndpoints.MustChangeClaim)
            && !context.Request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase)
            && !context.Request.Path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase)
            && !context.Request.Path.StartsWithSegments("/_framework", StringComparison.OrdinalIgnoreCase)
            && !context.Request.Path.StartsWithSegments("/_content", StringComparison.OrdinalIgnoreCase)
            && !context.Request.Path.StartsWithSegments("/css", StringComparison.OrdinalIgnoreCase))
        {
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }

            context.Response.Redirect("/account/change-password");
            return Task.CompletedTask;
        }

        return next(context);
    }
}
