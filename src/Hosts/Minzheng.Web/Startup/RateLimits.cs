using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Minzheng.Web.Startup;

/// <summary>
/// Request limits: sign-in attempts per IP, and /api calls per signed-in user (per IP when anonymous).
/// The API limit is generous for staff work — a list page, its filters and paging make a few calls a second
/// at most, and an import or export is one call — while one client cannot take the whole host: by default
/// 600 calls a minute per user (10 a second sustained, bursts allowed inside the window) and 120 a minute per
/// anonymous address. Every refusal is a 429 with Retry-After in seconds.
/// </summary>
internal static class RateLimits
{
    public const string Login = "login";

    public static void Configure(RateLimiterOptions o, IConfiguration config)
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.OnRejected = (context, _) =>
        {
            var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 60;
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return ValueTask.CompletedTask;
        };
        o.AddPolicy(Login, http => RateLimitPartition.GetFixedWindowLimiter(
            ClientAddress(http),
            _ => PerMinute(config.GetValue("Security:LoginAttemptsPerMinute", 20))));
        var perUser = config.GetValue("Security:ApiRequestsPerMinute", 600);
        var perAnonymous = config.GetValue("Security:AnonymousApiRequestsPerMinute", 120);
        o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            if (!http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                return RateLimitPartition.GetNoLimiter(string.Empty);
            }

            var user = http.User.Identity?.IsAuthenticated == true ? http.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
            return user is not null
                ? RateLimitPartition.GetFixedWindowLimiter("u:" + user, _ => PerMinute(perUser))
                : RateLimitPartition.GetFixedWindowLimiter("ip:" + ClientAddress(http), _ => PerMinute(perAnonymous));
        });
    }

    private static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static FixedWindowRateLimiterOptions PerMinute(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };
}
