using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Platform.Identity;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Platform;

[Collection("sqlite")]
public sealed class AccountTests(SqliteWebHost host)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_the_right_one_is_refused_too()
    {
        await host.CreateUserAsync("locktest");
        var client = host.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await WebHost.PostLoginAsync(client, "locktest", "Wrong-Passw0rd!" + i);
            Assert.Contains("failed=1", wrong.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        var right = await WebHost.PostLoginAsync(client, "locktest", TestData.Password);
        Assert.Contains("failed=1", right.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_user_and_a_wrong_password_get_the_same_answer()
    {
        var client = host.Anonymous();
        var unknown = await WebHost.PostLoginAsync(client, "nobody-here", "Wrong-Passw0rd!1");
        var wrong = await WebHost.PostLoginAsync(client, "officer", "Wrong-Passw0rd!1");
        Assert.Equal(unknown.StatusCode, wrong.StatusCode);
        Assert.Equal(unknown.Headers.Location, wrong.Headers.Location);
        var page = await client.GetStringAsync(wrong.Headers.Location!.ToString());
        Assert.Contains("用户名或密码错误，或账户已被锁定", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_one_time_password_must_be_changed_before_anything_else_and_the_policy_applies()
    {
        await host.CreateUserAsync("newclerk", mustChangePassword: true);
        var client = host.Anonymous();
        var login = await WebHost.PostLoginAsync(client, "newclerk", TestData.Password);
        Assert.Equal("/account/change-password", login.Headers.Location!.ToString());
        var blocked = await client.GetAsync("/api/me");
        Assert.True(blocked.StatusCode == HttpStatusCode.Forbidden, $"{blocked.StatusCode} {blocked.Headers.Location}");

        var weak = await ChangeAsync(client, TestData.Password, "newclerk-Passw0rd!");
        Assert.Contains("error=", weak.Headers.Location!.ToString(), StringComparison.Ordinal);
        var tooShort = await ChangeAsync(client, TestData.Password, "Ab1!short");
        Assert.Contains("error=", tooShort.Headers.Location!.ToString(), StringComparison.Ordinal);

        var ok = await ChangeAsync(client, TestData.Password, "Another-Str0ng-Pass");
        Assert.StartsWith("/?", ok.Headers.Location!.ToString(), StringComparison.Ordinal);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal("newclerk", me.GetProperty("userName").GetString());
    }

    [Fact]
    public async Task Logins_and_failures_are_audited()
    {
        await host.LoginAsync("officer");
        await WebHost.PostLoginAsync(host.Anonymous(), "officer", "Wrong-Passw0rd!9");
        var auditor = await host.LoginAsync("auditor");
        var logins = await auditor.GetFromJsonAsync<JsonElement>("/api/audit?user=officer&action=login");
        var failures = await auditor.GetFromJsonAsync<JsonElement>("/api/audit?user=officer&action=login-failed");
        Assert.True(logins.GetProperty("total").GetInt32() >= 1);
        Assert.True(failures.GetProperty("total").GetInt32() >= 1);
        var clerk = await host.LoginAsync("zhengxiang");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/api/audit")).StatusCode);
    }

    [Fact]
    public async Task Passwords_are_stored_as_PBKDF2_over_SM3()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("officer");
        Assert.StartsWith("sm3pbkdf2$", user!.PasswordHash, StringComparison.Ordinal);
    }

    internal static async Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string next)
    {
        var page = await client.GetStringAsync("/account/change-password");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        return await client.PostAsync("/account/change-password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["currentPassword"] = current, ["newPassword"] = next, ["confirmPassword"] = next, ["__RequestVerificationToken"] = token,
        }));
    }
}
