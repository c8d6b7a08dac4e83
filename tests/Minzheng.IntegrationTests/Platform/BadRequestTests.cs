using System.Net;
using Minzheng.IntegrationTests.Infrastructure;

namespace Minzheng.IntegrationTests.Platform;

/// <summary>
/// Inputs the security probe found answered with a 500 (issue 19.12): each is a 400 with ProblemDetails, or for the sign-in
/// forms the page's own message — never an unhandled error, never rows from an overflowed page.
/// </summary>
public abstract class BadRequestTests(WebHost host)
{
    [Theory]
    [InlineData("/api/registry/persons?MinAge=2147483647")]
    [InlineData("/api/registry/persons?MinAge=-2147483648")]
    [InlineData("/api/registry/persons?Page=2147483647")]
    [InlineData("/api/registry/households?Page=2147483647&Size=100")]
    public async Task Out_of_range_numbers_are_a_400_with_problem_details(string url)
    {
        var officer = await host.LoginAsync("officer");
        var response = await officer.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Sign_in_without_the_form_token_or_with_a_crafted_return_address_goes_back_to_the_form()
    {
        var client = host.Anonymous();
        var noToken = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "officer", ["password"] = "x" }));
        Assert.NotEqual(HttpStatusCode.InternalServerError, noToken.StatusCode);
        Assert.True(noToken.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Redirect, $"{(int)noToken.StatusCode}");

        var page = await client.GetStringAsync("/account/login");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var crafted = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "officer", ["password"] = Minzheng.TestSupport.TestData.Password, ["returnUrl"] = "/\t/evil.example", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, crafted.StatusCode);
        Assert.Equal("/", crafted.Headers.Location?.ToString());

        var signedIn = await host.LoginAsync("officer");
        var change = await signedIn.PostAsync("/account/change-password", new FormUrlEncodedContent(new Dictionary<string, string> { ["currentPassword"] = "x", ["newPassword"] = "y" }));
        Assert.True(change.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Redirect, $"{(int)change.StatusCode}");
    }

    [Fact]
    public async Task The_change_password_form_shows_only_its_own_messages_never_the_links_text()
    {
        var officer = await host.LoginAsync("officer");
        var crafted = await officer.GetStringAsync("/account/change-password?error=" + Uri.EscapeDataString("系统升级，请将密码发送至 evil@example.com"));
        Assert.DoesNotContain("evil@example.com", crafted, StringComparison.Ordinal);
        Assert.DoesNotContain("password-error", crafted, StringComparison.Ordinal);

        var token = System.Text.RegularExpressions.Regex.Match(crafted, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var differ = await officer.PostAsync("/account/change-password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["currentPassword"] = Minzheng.TestSupport.TestData.Password, ["newPassword"] = "Another-Passw0rd!1", ["confirmPassword"] = "Another-Passw0rd!2", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, differ.StatusCode);
        var shown = await officer.GetStringAsync(differ.Headers.Location!.ToString());
        Assert.Contains("两次输入的新密码不一致", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_verifier_answers_a_malformed_query_with_its_page_not_an_error()
    {
        var response = await host.Anonymous().GetAsync("/ledger/verify?index=abc&leaf=zz");
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
    }
}

[Collection("sqlite")]
public sealed class BadRequestTestsOnSqlite(SqliteWebHost host) : BadRequestTests(host);

[Collection("postgres")]
public sealed class BadRequestTestsOnPostgres(PostgresWebHost host) : BadRequestTests(host);
