namespace Minzheng.Web.Startup;

/// <summary>Headers a 等保 assessor checks: CSP with frame-ancestors, nosniff, Referrer-Policy. Every script is served by the app itself.</summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    private const string Csp =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // The Scalar API reference page runs inline scripts of its own; it is staff-only.
    private const string ScalarCsp =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase) ? ScalarCsp : Csp;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers.CacheControl = context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ? "no-store" : headers.CacheControl;
        return next(context);
    }
}
