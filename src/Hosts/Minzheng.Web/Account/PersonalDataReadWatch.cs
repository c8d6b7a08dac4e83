using System.Collections.Concurrent;
using System.Security.Claims;
using Minzheng.Platform.Audit;

namespace Minzheng.Web.Account;

/// <summary>
/// Counts each user's API reads of personal data (GET under the registry, social assistance, elderly care and monitoring)
/// in a sliding window; the read that reaches the threshold (Security:Alerts:PersonalDataReads, 300 in 10 minutes —
/// far beyond a person paging through lists) raises one security alert. Counts live in memory, per node.
/// </summary>
internal sealed class PersonalDataReadWatch(RequestDelegate next, IConfiguration config, TimeProvider clock)
{
    private static readonly string[] PersonalData = ["/api/registry", "/api/assistance", "/api/elderly", "/api/monitoring"];
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _reads = new();
    private readonly int _threshold = config.GetValue("Security:Alerts:PersonalDataReads", 300);

    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) && context.User.Identity?.IsAuthenticated == true
            && PersonalData.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
            && context.User.FindFirstValue(ClaimTypes.Name) is { } userName
            && Count(userName) == _threshold)
        {
            await context.RequestServices.GetRequiredService<SecurityAlerts>().PersonalDataBurstAsync(userName, _threshold, Window);
        }

        await next(context);
    }

    private int Count(string userName)
    {
        var now = clock.GetUtcNow();
        var times = _reads.GetOrAdd(userName, _ => new Queue<DateTimeOffset>());
        lock (times)
        {
            while (times.Count > 0 && now - times.Peek() > Window)
            {
                times.Dequeue();
            }

            times.Enqueue(now);
            return times.Count;
        }
    }
}
