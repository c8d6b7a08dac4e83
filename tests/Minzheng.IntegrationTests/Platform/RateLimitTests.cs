using System.Net;
using System.Net.Http.Json;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Platform.Data;

namespace Minzheng.IntegrationTests.Platform;

public sealed class RateLimitedWebHost() : WebHost(DatabaseProvider.Sqlite, loginAttemptsPerMinute: 3);

[CollectionDefinition("rate-limited")]
public sealed class RateLimitedCollection : ICollectionFixture<RateLimitedWebHost>;

/// <summary>A host with a small API limit and the production cost of a password hash (the login-timing test needs it).</summary>
public sealed class StrictWebHost() : WebHost(DatabaseProvider.Sqlite, apiRequestsPerMinute: 5, passwordIterations: 20_000, onlineCodesPerAddressPerHour: 3);

[CollectionDefinition("strict")]
public sealed class StrictCollection : ICollectionFixture<StrictWebHost>;

[Collection("rate-limited")]
public sealed class RateLimitTests(RateLimitedWebHost host)
{
    [Fact]
    public async Task Login_attempts_beyond_the_limit_per_minute_are_refused_with_429_and_Retry_After()
    {
        var client = host.Anonymous();
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            responses.Add(await WebHost.PostLoginAsync(client, "nobody", "Wrong-Passw0rd!"));
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            responses.Select(r => r.StatusCode));
        var retryAfter = responses[^1].Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
    }
}

[Collection("strict")]
public sealed class ApiRateLimitTests(StrictWebHost host)
{
    [Fact]
    public async Task Api_calls_beyond_the_limit_per_user_are_refused_with_429_and_Retry_After_while_another_user_still_works()
    {
        var officer = await host.LoginAsync("officer");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 7; i++)
        {
            last = await officer.GetAsync("/api/me");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.NotNull(last.Headers.RetryAfter?.Delta);
        // The limit is per user: the same address signed in as someone else is not refused.
        var other = await host.LoginAsync("leader");
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Online_code_requests_are_limited_per_address_whoever_they_name()
    {
        var anonymous = host.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var response = await anonymous.PostAsJsonAsync("/api/public/assistance/codes", new { idNumber = Minzheng.TestSupport.IdNumbers.Next(), phone = "13800138000" });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
    }
}
