using Microsoft.AspNetCore.Authentication.Cookies;

namespace Minzheng.Web.Account;

/// <summary>
/// The sign-in cookie over HTTPS is <c>__Host-mz.auth</c> (Secure, path /, no domain: a browser will not let another
/// host or plain HTTP set or read it); over plain HTTP (the embedded default on a workstation) it stays <c>mz.auth</c>.
/// </summary>
internal sealed class HostPrefixCookies : ICookieManager
{
    private const string Prefix = "__Host-";
    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => _inner.GetRequestCookie(context, Name(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        _inner.AppendResponseCookie(context, Name(context, key), value, HostOnly(context, options));

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) =>
        _inner.DeleteCookie(context, Name(context, key), HostOnly(context, options));

    private static string Name(HttpContext context, string key) => context.Request.IsHttps ? Prefix + key : key;

    // What the __Host- prefix requires of the cookie: Secure, path /, no domain.
    private static CookieOptions HostOnly(HttpContext context, CookieOptions options)
    {
        if (context.Request.IsHttps)
        {
            options.Secure = true;
            options.Path = "/";
            options.Domain = null;
        }

        return options;
    }
}
