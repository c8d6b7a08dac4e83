using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Minzheng.Assistance.Contracts;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Platform;
using Minzheng.Platform.Data;
using Minzheng.Platform.Outbox;
using Minzheng.Platform.Outbox.Subscribers;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Outbox;

/// <summary>
/// Cross-module effects through the outbox (issue 16.3): a subscriber that fails is retried with back-off and its effect
/// happens exactly once; one that keeps failing is set aside and later events flow; the administrator's retry resolves it.
/// </summary>
public abstract class SubscriberTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_hold_whose_subscriber_crashed_once_still_happens_after_the_retry_exactly_once()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var sp = Services(db);
        var household = await ApprovedCaseAsync(sp);
        await PublishAsync(sp, new FindingForReview(household, "2026-01 比对：死亡", Suspend: true));

        var real = sp.GetServices<IOutboxSubscriber>().Single(s => s.Name == "assistance.findings");
        var flaky = new Failing(real, failures: 1);
        var dispatcher = Dispatcher(sp, flaky, maxAttempts: 3);

        Assert.Equal(0, await dispatcher.DispatchAsync(flaky));
        var letter = await LetterAsync(sp);
        Assert.Equal(DeadLetterStatus.Retrying, letter.Status);
        Assert.Equal(1, letter.Attempts);
        Assert.Contains("模拟故障", letter.LastError, StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Approved, (await CaseAsync(sp, household)).Status);

        Assert.Equal(1, await dispatcher.DispatchAsync(flaky));
        Assert.Equal(CaseStatus.Suspended, (await CaseAsync(sp, household)).Status);
        Assert.Equal(DeadLetterStatus.Resolved, (await LetterAsync(sp)).Status);
        Assert.Equal(0, await dispatcher.DispatchAsync(flaky));

        // Delivered again as after a crash between the subscriber's commit and its checkpoint: the inbox says handled.
        await using (var scope = sp.CreateAsyncScope())
        {
            await using var ctx = scope.ServiceProvider.GetRequiredService<AssistanceDbContext>();
            var row = await ctx.Outbox.AsNoTracking().SingleAsync(m => m.Internal);
            Assert.False(await real.DeliverAsync(scope.ServiceProvider, new OutboxEnvelope(new OutboxPosition(row.TransactionId, row.Id), row.EventType, row.Payload), default));
        }

        await using var check = sp.CreateAsyncScope();
        var assistance = check.ServiceProvider.GetRequiredService<AssistanceDbContext>();
        Assert.Equal(1, await assistance.BenefitChanges.CountAsync(c => c.Action == BenefitAction.Suspend));
        Assert.Equal(1, await assistance.Events.CountAsync(e => e.Step == "暂停发放（核对与监测）"));
    }

    [Fact]
    public async Task An_event_that_keeps_failing_is_set_aside_later_events_flow_and_the_administrators_retry_resolves_it()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var sp = Services(db);
        var first = await ApprovedCaseAsync(sp);
        var second = await ApprovedCaseAsync(sp);
        await PublishAsync(sp, new FindingForReview(first, "资产：车辆", Suspend: false));
        await PublishAsync(sp, new FindingForReview(second, "死亡", Suspend: true));
        var real = sp.GetServices<IOutboxSubscriber>().Single(s => s.Name == "assistance.findings");
        var broken = new Failing(real, failures: int.MaxValue, only: first);
        var dispatcher = Dispatcher(sp, broken, maxAttempts: 2);

        Assert.Equal(0, await dispatcher.DispatchAsync(broken)); // attempt 1: waits
        Assert.Equal(CaseStatus.Approved, (await CaseAsync(sp, second)).Status); // order kept: the second waits too
        Assert.Equal(1, await dispatcher.DispatchAsync(broken)); // attempt 2: set aside, the second flows
        Assert.Equal(CaseStatus.Suspended, (await CaseAsync(sp, second)).Status);
        var dead = await LetterAsync(sp);
        Assert.Equal(DeadLetterStatus.Dead, dead.Status);
        Assert.Null((await CaseAsync(sp, first)).NextReviewOn);

        Assert.False(await dispatcher.RetryAsync(dead.Id, "sysadmin")); // still broken: stays dead, one more attempt counted
        Assert.Equal(3, (await LetterAsync(sp)).Attempts);
        broken.Healed = true;
        Assert.True(await dispatcher.RetryAsync(dead.Id, "sysadmin"));
        Assert.Equal(DeadLetterStatus.Resolved, (await LetterAsync(sp)).Status);
        Assert.NotNull((await CaseAsync(sp, first)).NextReviewOn);
        await Assert.ThrowsAsync<Minzheng.Platform.Errors.BusinessRuleException>(() => dispatcher.RetryAsync(dead.Id, "sysadmin"));
    }

    private static ServiceProvider Services(TestDatabase db)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = db.Options.Provider.ToString(),
            ["Database:ConnectionString"] = db.Options.ConnectionString,
            ["Protection:KeyFile"] = db.KeyFile,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddPlatform(config);
        services.AddSystemUser();
        new Minzheng.Registry.RegistryModule().AddServices(services, config);
        Minzheng.Assistance.AssistanceModule.AddCore(services);
        Minzheng.Elderly.ElderlyModule.AddCore(services);
        return services.BuildServiceProvider();
    }

    private static SubscriberDispatcher Dispatcher(IServiceProvider sp, IOutboxSubscriber subscriber, int maxAttempts) =>
        new(sp.GetRequiredService<IServiceScopeFactory>(), [subscriber],
            new SubscriberOptions { FirstRetryDelay = TimeSpan.Zero, MaxAttempts = maxAttempts }, TimeProvider.System, NullLogger<SubscriberDispatcher>.Instance);

    private static async Task<Guid> ApprovedCaseAsync(IServiceProvider sp)
    {
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssistanceDbContext>();
        var household = Guid.NewGuid();
        var approved = new AssistanceCase
        {
            Number = "T" + household.ToString("N")[..10], Programme = Programme.Dibao, RequestedProgramme = Programme.Dibao, HouseholdId = household,
            HouseholdNumber = "H" + household.ToString("N")[..8], RegionCode = "430408002001", SnapshotJson = "{}", Members = 2,
            MonthlyAmountFen = 60200, BenefitFrom = new DateOnly(2026, 1, 1), CreatedBy = "test", CreatedAtUtc = DateTime.UtcNow,
        };
        db.Cases.Add(approved);
        db.Entry(approved).Property(c => c.Status).CurrentValue = CaseStatus.Approved; // seeded as decided, not walked through the workflow
        await db.SaveChangesAsync();
        return household;
    }

    /// <summary>Published and visible to readers (on PostgreSQL the horizon is the cluster's: other tests' transactions hold it back).</summary>
    private static async Task PublishAsync(IServiceProvider sp, FindingForReview finding)
    {
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssistanceDbContext>();
        db.Outbox.Add(OutboxMessage.InternalEvent(FindingForReview.EventType, "test:" + Guid.NewGuid().ToString("N"), finding, DateTime.UtcNow));
        await db.SaveChangesAsync();
        await db.Database.OpenConnectionAsync();
        await OutboxFeed.WaitForHorizonAsync(db.Database.GetDbConnection(), TimeSpan.FromSeconds(30), default);
    }

    private static async Task<AssistanceCase> CaseAsync(IServiceProvider sp, Guid household)
    {
        await using var scope = sp.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AssistanceDbContext>().Cases.AsNoTracking().SingleAsync(c => c.HouseholdId == household);
    }

    private static async Task<DeadLetter> LetterAsync(IServiceProvider sp)
    {
        await using var scope = sp.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Set<DeadLetter>().AsNoTracking().SingleAsync();
    }

    /// <summary>The real subscriber, failing its first N deliveries (of one household's events, when given) after doing its work.</summary>
    private sealed class Failing(IOutboxSubscriber real, int failures, Guid? only = null) : IOutboxSubscriber
    {
        private int _failed;

        public bool Healed { get; set; }

        public string Name => real.Name;

        public IReadOnlyList<string> EventTypes => real.EventTypes;

        public async Task<bool> DeliverAsync(IServiceProvider services, OutboxEnvelope message, CancellationToken ct)
        {
            var mine = only is null || message.Payload.Contains(only.Value.ToString(), StringComparison.Ordinal);
            if (mine && !Healed && _failed < failures)
            {
                _failed++;
                throw new InvalidOperationException("模拟故障：订阅者处理中断");
            }

            return await real.DeliverAsync(services, message, ct);
        }
    }
}

public sealed class SubscriberTestsOnSqlite() : SubscriberTests(DatabaseProvider.Sqlite);

public sealed class SubscriberTestsOnPostgres() : SubscriberTests(DatabaseProvider.Postgres);
