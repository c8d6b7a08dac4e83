using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;

namespace Minzheng.Platform.Outbox.Subscribers;

/// <summary>A reader of the outbox: where it stands (null: it has read nothing yet).</summary>
public sealed record SubscriberRow(string Name, string Reads, string? Position, DateTime? UpdatedAtUtc);

public sealed record DeadLetterRow(Guid Id, string Subscriber, long OutboxId, string EventType, string Status, int Attempts, string LastError,
    DateTime FirstFailedAtUtc, DateTime LastFailedAtUtc, DateTime? NextAttemptAtUtc, DateTime? ResolvedAtUtc, string? ResolvedBy);

public sealed record OutboxStatus(IReadOnlyList<SubscriberRow> Subscribers, IReadOnlyList<DeadLetterRow> Letters);

/// <summary>事件投递 for the system administrator: each subscriber's position, the events that failed, a retry by hand.</summary>
public sealed class OutboxStatusHandler(PlatformDbContext db, SubscriberDispatcher dispatcher, ICurrentUser user)
{
    public async Task<OutboxStatus> ViewAsync(CancellationToken ct = default)
    {
        EnsureAdministrator();
        var checkpoints = await db.Set<SubscriptionCheckpoint>().AsNoTracking().ToDictionaryAsync(c => c.Name, ct);
        var readers = dispatcher.Subscribers.Select(s => (s.Name, Reads: string.Join("、", s.EventTypes)))
            .Append((Name: "ledger", Reads: "公开事件（服务链）"))
            .Select(r => checkpoints.TryGetValue(r.Name, out var c)
                ? new SubscriberRow(r.Name, r.Reads, c.Position.ToString(), c.UpdatedAtUtc)
                : new SubscriberRow(r.Name, r.Reads, null, null))
            .ToList();

        // Open ones first (dead, then retrying), then the latest resolved for the record.
        var letters = await db.Set<DeadLetter>().AsNoTracking()
            .OrderBy(d => d.Status == DeadLetterStatus.Dead ? 0 : d.Status == DeadLetterStatus.Retrying ? 1 : 2)
            .ThenByDescending(d => d.LastFailedAtUtc)
            .Take(200)
            .ToListAsync(ct);
        return new OutboxStatus(readers, letters.Select(d => new DeadLetterRow(d.Id, d.Subscriber, d.OutboxId, d.EventType, Label(d.Status), d.Attempts, d.LastError,
            d.FirstFailedAtUtc, d.LastFailedAtUtc, d.Status == DeadLetterStatus.Retrying ? d.NextAttemptAtUtc : null, d.ResolvedAtUtc, d.ResolvedBy)).ToList());
    }

    /// <summary>Delivers a dead letter again now; true when it went through.</summary>
    public Task<bool> RetryAsync(Guid id, CancellationToken ct = default)
    {
        EnsureAdministrator();
        return dispatcher.RetryAsync(id, user.UserName, ct);
    }

    public static string Label(DeadLetterStatus status) => status switch
    {
        DeadLetterStatus.Retrying => "重试中",
        DeadLetterStatus.Dead => "已搁置",
        _ => "已处理",
    };

    private void EnsureAdministrator()
    {
        if (!user.IsInRole(Roles.SystemAdmin))
        {
            throw new ForbiddenException("事件投递由系统管理员维护");
        }
    }
}
