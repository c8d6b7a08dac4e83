using System.Net;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Platform.Data;

namespace Minzheng.IntegrationTests.Platform;

public sealed class RateLimitedWebHost() : WebHost(DatabaseProvider.Sqlite, loginAttemptsPerMinute: 3);

[CollectionDefinition("rate-limited")]
public sealed class RateLimitedCollection : ICollectionFixture<RateLimitedWebHost>;

[Collection("rate-limited")]
public sealed class RateLimitTests(RateLimitedWebHost host)
{
    [Fact]
    public async Task Login_attempts_beyond_the_limit_per_minute_are_refused_with_429()
    {
        var client = host.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await WebHost.PostLoginAsync(client, "nobody", "Wrong-Passw0rd!")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
