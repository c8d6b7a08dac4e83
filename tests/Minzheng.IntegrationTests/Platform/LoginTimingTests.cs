using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Platform.Identity;
using Minzheng.Platform.Security;

namespace Minzheng.IntegrationTests.Platform;

/// <summary>
/// The sign-in answer must not be faster for a user name that does not exist or is locked: each costs a password
/// hash at the configured strength. Measured as lower bounds only (a loaded machine makes things slower, never faster).
/// </summary>
[Collection("strict")]
public sealed class LoginTimingTests(StrictWebHost host)
{
    [Fact]
    public async Task Unknown_and_locked_users_cost_a_password_hash_like_a_wrong_password()
    {
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var locked = await users.FindByNameAsync("daiyingling");
            await users.SetLockoutEndDateAsync(locked!, DateTimeOffset.UtcNow.AddHours(1));
        }

        var hash = Fastest(() => new Sm3PasswordHasher<AppUser>(20_000).HashPassword(new AppUser(), "Wrong-Passw0rd!"));
        var unknown = await FastestAsync(() => WebHost.PostLoginAsync(host.Anonymous(), "no-such-user", "Wrong-Passw0rd!"));
        var lockedOut = await FastestAsync(() => WebHost.PostLoginAsync(host.Anonymous(), "daiyingling", "Wrong-Passw0rd!"));

        Assert.True(unknown >= hash * 0.6, $"unknown user answered in {unknown.TotalMilliseconds:F0} ms, a hash takes {hash.TotalMilliseconds:F0} ms");
        Assert.True(lockedOut >= hash * 0.6, $"locked user answered in {lockedOut.TotalMilliseconds:F0} ms, a hash takes {hash.TotalMilliseconds:F0} ms");
    }

    private static TimeSpan Fastest(Action act) =>
        Enumerable.Range(0, 3).Select(_ =>
        {
            var watch = Stopwatch.StartNew();
            act();
            return watch.Elapsed;
        }).Min();

    private static async Task<TimeSpan> FastestAsync(Func<Task> act)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            await act();
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        return best;
    }
}
