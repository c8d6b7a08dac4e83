using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Platform.Identity;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Platform;

/// <summary>
/// A change to an account ends every other session of it at the next request: a password change, an administrator's
/// reset, 停用 and a lockout. Each case signs in twice, as two browsers would.
/// </summary>
[Collection("sqlite")]
public sealed class SessionInvalidationTests(SqliteWebHost host)
{
    [Fact]
    public async Task A_password_change_ends_the_users_other_sessions_and_keeps_the_one_that_changed_it()
    {
        await host.CreateUserAsync("stamp-change");
        var first = await host.LoginAsync("stamp-change");
        var second = await host.LoginAsync("stamp-change");
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/me")).StatusCode);

        var changed = await AccountTests.ChangeAsync(first, TestData.Password, "Brand-New-Str0ng-Pass");
        Assert.StartsWith("/?", changed.Headers.Location!.ToString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task An_administrators_reset_ends_every_session_of_the_user()
    {
        await host.CreateUserAsync("stamp-reset");
        var first = await host.LoginAsync("stamp-reset");
        var second = await host.LoginAsync("stamp-reset");
        await host.AsAsync(Roles.SystemAdmin, null, sp => sp.GetRequiredService<AccountAdministration>().ResetPasswordAsync("stamp-reset"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Disabling_ends_the_sessions_and_refuses_sign_in_until_enabled_even_after_a_reset()
    {
        await host.CreateUserAsync("stamp-disable");
        var session = await host.LoginAsync("stamp-disable");
        await SetDisabledAsync("stamp-disable", true);

        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/me")).StatusCode);
        var refused = await WebHost.PostLoginAsync(host.Anonymous(), "stamp-disable", TestData.Password);
        Assert.Contains("failed=1", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        var password = await host.AsAsync(Roles.SystemAdmin, null, sp => sp.GetRequiredService<AccountAdministration>().ResetPasswordAsync("stamp-disable"));
        var stillRefused = await WebHost.PostLoginAsync(host.Anonymous(), "stamp-disable", password);
        Assert.Contains("failed=1", stillRefused.Headers.Location!.ToString(), StringComparison.Ordinal);

        await SetDisabledAsync("stamp-disable", false);
        var rows = await host.AsAsync(Roles.SystemAdmin, null, sp => sp.GetRequiredService<AccountAdministration>().ListAsync());
        Assert.False(rows.Single(r => r.UserName == "stamp-disable").Disabled);
        await host.LoginAsync("stamp-disable", password);
    }

    [Fact]
    public async Task A_lockout_ends_the_users_sessions()
    {
        await host.CreateUserAsync("stamp-lock");
        var session = await host.LoginAsync("stamp-lock");
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByNameAsync("stamp-lock"))!, DateTimeOffset.UtcNow.AddMinutes(30));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_cannot_disable_their_own_account()
    {
        await host.AsAsync(Roles.SystemAdmin, null, async sp =>
        {
            var admin = sp.GetRequiredService<AccountAdministration>();
            await Assert.ThrowsAsync<Minzheng.Platform.Errors.InputValidationException>(() => admin.SetDisabledAsync("t-SystemAdmin", true));
            return 0;
        });
    }

    private Task<int> SetDisabledAsync(string user, bool disabled) =>
        host.AsAsync(Roles.SystemAdmin, null, async sp =>
        {
            await sp.GetRequiredService<AccountAdministration>().SetDisabledAsync(user, disabled);
            return 0;
        });
}
