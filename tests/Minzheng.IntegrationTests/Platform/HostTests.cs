using System.Net;
using Minzheng.IntegrationTests.Infrastructure;

namespace Minzheng.IntegrationTests.Platform;

[Collection("sqlite")]
public sealed class HostTests(SqliteWebHost host)
{
    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        var response = await host.Anonymous().GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task An_interactive_page_sends_one_CSP_and_it_forbids_framing()
    {
        var staff = await host.LoginAsync("officer");
        var response = await staff.GetAsync("/registry/households");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_site_has_a_favicon()
    {
        var response = await host.Anonymous().GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0, 0, 1, 0], bytes[..4]); // an ICO header
        Assert.Contains("rel=\"icon\"", await host.Anonymous().GetStringAsync("/account/login"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_login_form_without_its_antiforgery_token_is_refused()
    {
        var response = await host.Anonymous().PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "officer", ["password"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Health_is_public_and_checks_the_database()
    {
        var response = await host.Anonymous().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_OpenAPI_document_and_Scalar_are_for_staff_only()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous().GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await host.Anonymous().GetAsync("/scalar")).StatusCode);
        var staff = await host.LoginAsync("officer");
        var doc = await staff.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/registry/households", doc, StringComparison.Ordinal);
        var scalar = await staff.GetAsync("/scalar");
        if (scalar.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently)
        {
            scalar = await staff.GetAsync(scalar.Headers.Location);
        }

        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
    }

    [Fact]
    public async Task Staff_pages_redirect_to_the_login_and_unknown_pages_say_404_in_Chinese()
    {
        var home = await host.Anonymous().GetAsync("/registry/households");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("http://localhost/account/login", home.Headers.Location!.ToString(), StringComparison.Ordinal);
        var staff = await host.LoginAsync("officer");
        var missing = await staff.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("页面不存在", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
