using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Platform.Identity;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Platform;

/// <summary>等保 8.1.4.1 (issue 19.7): no reuse of recent passwords, no common ones, and passwords that expire.</summary>
[Collection("sqlite")]
public sealed class PasswordPolicyTests(SqliteWebHost host)
{
    [Fact]
    public async Task A_recent_password_is_refused_with_its_reason_and_a_new_one_is_taken()
    {
        await CreateAsync("history-user", Roles.TownCaseWorker);
        var client = await host.LoginAsync("history-user");
        Assert.StartsWith("/?", (await AccountTests.ChangeAsync(client, TestData.Password, "Xiang-Ferry-Second-1")).Headers.Location!.OriginalString, StringComparison.Ordinal);

        var back = await AccountTests.ChangeAsync(client, "Xiang-Ferry-Second-1", TestData.Password);
        Assert.Contains("error=PasswordReused", back.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var page = await client.GetStringAsync(back.Headers.Location!.OriginalString);
        Assert.Contains("新密码不能与最近几次使用过的密码相同", page, StringComparison.Ordinal);

        Assert.StartsWith("/?", (await AccountTests.ChangeAsync(client, "Xiang-Ferry-Second-1", "Xiang-Ferry-Third-2")).Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_common_password_is_refused_on_change()
    {
        await CreateAsync("common-user", Roles.TownCaseWorker);
        var client = await host.LoginAsync("common-user");
        var refused = await AccountTests.ChangeAsync(client, TestData.Password, "Password123!");
        Assert.Contains("PasswordCommon", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_password_signs_in_to_the_change_page_only_after_90_days_for_the_three_administrators_and_180_for_staff()
    {
        await CreateAsync("expired-staff", Roles.TownCaseWorker, daysOld: 200);
        await CreateAsync("recent-staff", Roles.TownCaseWorker, daysOld: 100);
        await CreateAsync("expired-secadmin", Roles.SecurityAdmin, daysOld: 100);

        var staff = host.Anonymous();
        var login = await WebHost.PostLoginAsync(staff, "expired-staff", TestData.Password);
        Assert.Equal("/account/change-password?error=Expired", login.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/me")).StatusCode);
        Assert.Contains("密码已到期", await staff.GetStringAsync("/account/change-password?error=Expired"), StringComparison.Ordinal);
        Assert.StartsWith("/?", (await AccountTests.ChangeAsync(staff, TestData.Password, "Xiang-Ferry-Renewed-3")).Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/api/me")).StatusCode);

        Assert.Equal("/", (await WebHost.PostLoginAsync(host.Anonymous(), "recent-staff", TestData.Password)).Headers.Location!.OriginalString);
        Assert.Equal("/account/change-password?error=Expired", (await WebHost.PostLoginAsync(host.Anonymous(), "expired-secadmin", TestData.Password)).Headers.Location!.OriginalString);
    }

    private async Task CreateAsync(string name, string role, int daysOld = 0)
    {
        await host.CreateUserAsync(name, role);
        if (daysOld > 0)
        {
            await using var scope = host.Factory.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync(name))!;
            user.PasswordChangedAtUtc = DateTime.UtcNow.AddDays(-daysOld);
            await users.UpdateAsync(user);
        }
    }
}
