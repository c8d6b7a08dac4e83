using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;

namespace Minzheng.IntegrationTests.Platform;

/// <summary>Every endpoint and page wants a login unless it is marked public.</summary>
[Collection("sqlite")]
public sealed class AnonymousAccessTests(SqliteWebHost host)
{
    private static readonly string[] PublicPaths = ["/health", "/account/login", "/forbidden", "/not-found", "/error/{Code:int}", "/ledger", "/ledger/verify", "/ledger/receipt/{Index:long}", "/ledger/receipt", "/apply"];

    [Fact]
    public async Task Every_API_endpoint_answers_401_without_a_login()
    {
        var client = host.Anonymous();
        var endpoints = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal) || e.RoutePattern.RawText.StartsWith("/openapi", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(endpoints);
        foreach (var e in endpoints)
        {
            var method = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods[0] ?? "GET";
            var url = e.RoutePattern.RawText!.Replace("{id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal).Replace("{documentName}", "v1", StringComparison.Ordinal);
            url = url.Replace("{index:long}", "0", StringComparison.Ordinal).Replace("{year:int}", "2022", StringComparison.Ordinal);
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = method == "GET" ? null : new StringContent("{}", System.Text.Encoding.UTF8, "application/json") });
            if (url.StartsWith("/api/public/", StringComparison.Ordinal))
            {
                // Marked public on purpose (the ledger holds no personal data): answered, never a login prompt.
                Assert.True(response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.InternalServerError), $"{method} {url} → {(int)response.StatusCode}");
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {url} → {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Every_page_not_marked_public_sends_an_anonymous_visitor_to_the_login()
    {
        var client = host.Anonymous();
        var assemblies = new[]
        {
            typeof(Program).Assembly, typeof(Minzheng.Registry.RegistryModule).Assembly, typeof(Minzheng.Ledger.LedgerModule).Assembly,
            typeof(Minzheng.WorkPlan.WorkPlanModule).Assembly, typeof(Minzheng.Assistance.AssistanceModule).Assembly, typeof(Minzheng.Elderly.ElderlyModule).Assembly,
            typeof(Minzheng.Monitoring.MonitoringModule).Assembly,
        };
        var pages = assemblies.SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (Type: t, r.Template)))
            .ToList();
        Assert.True(pages.Count >= 10, $"found {pages.Count} pages");
        foreach (var (type, template) in pages)
        {
            var isPublic = type.GetCustomAttribute<AllowAnonymousAttribute>() is not null;
            Assert.Equal(PublicPaths.Contains(template), isPublic);
            if (isPublic)
            {
                continue;
            }

            var url = template.Replace("{Id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal).Replace("{PersonId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
                .Replace("{CaseId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
                .Replace("{Year:int}", "2022", StringComparison.Ordinal).Replace("{Quarter:int}", "1", StringComparison.Ordinal);
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/account/login",
                $"{url} → {(int)response.StatusCode} {response.Headers.Location}");
        }
    }
}
