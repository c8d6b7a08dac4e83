using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Minzheng.Platform.Audit;

/// <summary>
/// A refused request — 403, or 404 for a record outside the user's regions (which the region filter makes look absent) —
/// leaves an audit row: who, from where, which method and path (never the query or the body, which may hold personal
/// data). Written in a scope of its own, so that nothing the failed request left pending is saved with it.
/// </summary>
public static class DeniedAccess
{
    public static async Task WriteAsync(HttpContext http, int status, string? reason)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return; // an anonymous 401/404 is not an attempt on a record
        }

        await using var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var path = http.Request.Path.Value ?? string.Empty;
        await scope.ServiceProvider.GetRequiredService<AuditLog>().WriteAsync(AuditActions.Denied, "Request", entityId: null,
            details: $"{http.Request.Method} {(path.Length > 300 ? path[..300] : path)} → {status}{(reason is null ? string.Empty : "：" + reason)}");
    }
}
