using Minzheng.Platform.Outbox.Subscribers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Minzheng.Platform;
using Minzheng.Platform.Access;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;
using Minzheng.Web.Account;
using Minzheng.Web.Components;
using Scalar.AspNetCore;

namespace Minzheng.Web.Startup;

/// <summary>Composes the web host: platform services, identity and cookies, modules, security middleware, endpoints.</summary>
internal static class WebApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // `dotnet run --project …` from the repository root: settings come from the build output, data stays in ./data.
        var fromRoot = !args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
                       && !File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = fromRoot ? AppContext.BaseDirectory : null });
        // Serve the component libraries' assets (Ant Design) from the build output outside Development too.
        builder.WebHost.UseStaticWebAssets();
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            // The embedded default's address, unless --urls, ASPNETCORE_URLS or Urls in a settings file says otherwise.
            builder.WebHost.UseUrls("http://127.0.0.1:5080");
        }

        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        configure?.Invoke(builder);
        var services = builder.Services;
        var config = builder.Configuration;

        var zh = new CultureInfo("zh-CN");
        CultureInfo.DefaultThreadCurrentCulture = zh;
        CultureInfo.DefaultThreadCurrentUICulture = zh;
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));

        services.AddPlatform(config);
        services.AddHolidayCalendarRefresh();
        services.AddSecurityPolicyRefresh();
        if (config.GetValue("Subscribers:WorkerEnabled", true))
        {
            services.AddOutboxSubscriberWorker();
        }
        services.AddEncryptedKeyRing(config);
        services.AddTransport(config);
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddSingleton<SessionRegistry>();
        services.AddSingleton<SessionValidity>();
        services.AddScoped<CircuitSessionEnd>();
        services.AddScoped<CircuitHandler, UserCircuitHandler>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies(o => o.ApplicationCookie!.Configure(CookieEvents.Configure));
        services.AddIdentityCore<AppUser>().AddSignInManager().AddClaimsPrincipalFactory<ClaimsFactory>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireAuthenticatedUser().RequireRole(Roles.All))
            .AddPolicy(Policies.CaseData, p => p.RequireAuthenticatedUser().RequireRole(Policies.CaseDataRoles));
        services.AddCascadingAuthenticationState();

        services.AddRateLimiter(o => RateLimits.Configure(o, config));

        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddProblemDetails();
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "智慧民政 Minzheng API";
            doc.Info.Description = "员工接口：需登录。错误以 ProblemDetails 返回；列表分页，每页最多 100 条；身份证号只放在请求体中。";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddAntDesign();
        services.AddRazorComponents().AddInteractiveServerComponents();

        foreach (var module in Modules.All)
        {
            module.AddServices(services, config);
        }

        var app = builder.Build();
        app.UseTransport(); // first: everything after sees the client's address and scheme
        app.UseExceptionHandler();
        app.UseMiddleware<SecurityHeaders>();
        // Pages get a Chinese status page; the API keeps its ProblemDetails and bare status codes.
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !c.Request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase) && !c.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase),
            b => b.UseStatusCodePagesWithReExecute("/error/{0}", createScopeForStatusCodePages: true));
        app.UseRouting(); // after the status pages, so that a re-executed request is routed again
        app.UseAuthentication();
        app.UseRateLimiter(); // after authentication: the API limit counts per user
        app.UseAuthorization();
        app.UseMiddleware<MustChangePasswordMiddleware>();
        app.UseMiddleware<PersonalDataReadWatch>();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").RequireAuthorization(Policies.Staff);
        app.MapScalarApiReference("/scalar").RequireAuthorization(Policies.Staff);
        AccountEndpoints.Map(app);
        PlatformEndpoints.Map(app);
        SecurityEndpoints.Map(app);
        foreach (var module in Modules.All)
        {
            module.MapEndpoints(app);
        }

        app.MapRazorComponents<App>()
            // One CSP per response: ours (frame-ancestors 'none'), not Blazor's second header with 'self'.
            .AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null)
            .AddAdditionalAssemblies([.. Modules.All.Select(m => m.PagesAssembly).Distinct()]);
        return app;
    }
}
