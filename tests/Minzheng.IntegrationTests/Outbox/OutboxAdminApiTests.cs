using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Assistance.Contracts;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Platform.Data;
using Minzheng.Platform.Outbox;

namespace Minzheng.IntegrationTests.Outbox;

/// <summary>事件投递 (`/api/admin/outbox`): the system administrator sees each reader's position and the set-aside events, and retries one.</summary>
public abstract class OutboxAdminApiTests(WebHost host)
{
    [Fact]
    public async Task The_system_administrator_sees_the_readers_and_retries_a_dead_letter_others_may_not()
    {
        var letter = await DeadLetterAsync();
        var admin = await host.LoginAsync("sysadmin");
        var status = await admin.GetFromJsonAsync<JsonElement>("/api/admin/outbox");
        var names = status.GetProperty("subscribers").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Contains("assistance.findings", names);
        Assert.Contains("assistance.registry", names);
        Assert.Contains("elderly.registry", names);
        Assert.Contains("ledger", names);
        var row = Assert.Single(status.GetProperty("letters").EnumerateArray(), l => l.GetProperty("id").GetGuid() == letter);
        Assert.Equal("已搁置", row.GetProperty("status").GetString());

        foreach (var user in new[] { "officer", "hongxiang", "auditor", "secadmin" })
        {
            var other = await host.LoginAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/api/admin/outbox")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync($"/api/admin/outbox/dead-letters/{letter}/retry", null)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/admin/outbox/dead-letters/{Guid.NewGuid()}/retry", null)).StatusCode);
        var retried = await admin.PostAsync($"/api/admin/outbox/dead-letters/{letter}/retry", null);
        Assert.True((await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("delivered").GetBoolean());
        var after = await admin.GetFromJsonAsync<JsonElement>("/api/admin/outbox");
        var resolved = Assert.Single(after.GetProperty("letters").EnumerateArray(), l => l.GetProperty("id").GetGuid() == letter);
        Assert.Equal("已处理", resolved.GetProperty("status").GetString());
        Assert.Equal("sysadmin", resolved.GetProperty("resolvedBy").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/admin/outbox/dead-letters/{letter}/retry", null)).StatusCode); // only a dead one
    }

    /// <summary>A finding set aside after failing (its cause since put right): the household has no benefit, so it is handled as nothing to do.</summary>
    private async Task<Guid> DeadLetterAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var message = OutboxMessage.InternalEvent(FindingForReview.EventType, "test-dead:" + Guid.NewGuid().ToString("N"), new FindingForReview(Guid.NewGuid(), "测试", false), DateTime.UtcNow);
        db.Add(message);
        await db.SaveChangesAsync();
        var letter = new DeadLetter
        {
            Id = Guid.NewGuid(), Subscriber = "assistance.findings", OutboxId = message.Id, EventType = message.EventType, Status = DeadLetterStatus.Dead,
            Attempts = 6, LastError = "InvalidOperationException: 测试故障", FirstFailedAtUtc = DateTime.UtcNow, LastFailedAtUtc = DateTime.UtcNow, NextAttemptAtUtc = DateTime.UtcNow,
        };
        db.Add(letter);
        await db.SaveChangesAsync();
        return letter.Id;
    }
}

[Collection("sqlite")]
public sealed class OutboxAdminApiTestsOnSqlite(SqliteWebHost host) : OutboxAdminApiTests(host);

[Collection("postgres")]
public sealed class OutboxAdminApiTestsOnPostgres(PostgresWebHost host) : OutboxAdminApiTests(host);
