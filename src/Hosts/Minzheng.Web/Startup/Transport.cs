using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Minzheng.Web.Startup;

/// <summary>
/// Behind a TLS-terminating proxy (or a 国密 gateway: SM2 certificates are the gateway's work, not Kestrel's) the client's
/// address and scheme come from X-Forwarded-For / X-Forwarded-Proto — believed only from the proxies listed in
/// Network:TrustedProxies (addresses or CIDR networks; loopback is trusted by default). HSTS is sent on HTTPS outside
/// Development. Without a proxy, Kestrel serves HTTPS itself from Kestrel:Endpoints:Https (URL and certificate).
/// </summary>
internal static class Transport
{
    public static void AddTransport(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var entry in config.GetSection("Network:TrustedProxies").Get<string[]>() ?? [])
            {
                if (entry.Contains('/', StringComparison.Ordinal))
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry.Trim()));
                }
                else
                {
                    o.KnownProxies.Add(IPAddress.Parse(entry.Trim()));
                }
            }
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false; // the bureau's other sites on the same domain are not ours to pin
            if (config.GetValue("Network:HstsOnLoopback", false))
            {
                o.ExcludedHosts.Clear(); // by default a browser is never pinned to HTTPS for localhost
            }
        });
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
    }

    public static void UseTransport(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
    }
}
