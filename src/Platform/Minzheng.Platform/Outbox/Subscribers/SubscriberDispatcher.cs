using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;

namespace Minzheng.Platform.Outbox.Subscribers;

/// <summary>
/// Hands each subscriber the internal events after its checkpoint, in order, each delivery in a fresh scope. A failed
/// delivery stops that subscriber at the event (order is kept) and is tried again after a doubling delay; after
/// <see cref="SubscriberOptions.MaxAttempts"/> it is set aside as a dead letter for the system administrator and later
/// events flow again. The inbox makes every repeat harmless, so a crash anywhere only means a repeat.
/// </summary>
public sealed class SubscriberDispatcher(IServiceScopeFactory scopes, IEnumerable<IOutboxSubscriber> subscribers, SubscriberOptions options, TimeProvider clock, ILogger<SubscriberDispatcher> logger)
{
    public IReadOnlyList<IOutboxSubscriber> Subscribers { get; } = [.. subscribers];

    /// <summary>One pass over every subscriber; returns how many events were handled.</summary>
    public async Task<int> DispatchAllAsync(CancellationToken ct = default)
    {
        var handled = 0;
        foreach (var subscriber in Subscribers)
        {
            handled += await DispatchAsync(subscriber, ct);
        }

        return handled;
    }

    /// <summary>Delivers one batch to one subscriber; returns how many events it handled (repeats not counted).</summary>
    public async Task<int> DispatchAsync(IOutboxSubscriber subscriber, CancellationToken ct = default)
    {
        await using var control = SystemScope.Create(scopes, "outbox:" + subscriber.Name);
        var db = control.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var waiting = await db.Set<DeadLetter>().SingleOrDefaultAsync(d => d.Subscriber == subscriber.Name && d.Status == DeadLetterStatus.Retrying, ct);
        if (waiting is not null && waiting.NextAttemptAtUtc > now)
        {
            return 0;
        }

        var checkpoint = await db.Set<SubscriptionCheckpoint>().FindAsync([subscriber.Name], ct);
        await db.Database.OpenConnectionAsync(ct);
        var batch = await OutboxFeed.ReadInternalAsync(db.Database.GetDbConnection(), subscriber.EventTypes, checkpoint?.Position ?? OutboxPosition.Start, options.BatchSize, ct);
        if (batch.Count == 0)
        {
            return 0;
        }

        if (checkpoint is null)
        {
            checkpoint = new SubscriptionCheckpoint { Name = subscriber.Name };
            db.Add(checkpoint);
        }

        var handled = 0;
        foreach (var message in batch)
        {
            var failure = await TryDeliverAsync(subscriber, message, ct);
            var letter = waiting?.OutboxId == message.Id ? waiting : null;
            if (failure is null)
            {
                handled++;
                if (letter is not null)
                {
                    letter.Status = DeadLetterStatus.Resolved;
                    letter.ResolvedAtUtc = clock.GetUtcNow().UtcDateTime;
                    letter.ResolvedBy = "自动重试";
                }
            }
            else
            {
                letter ??= NewLetter(db, subscriber, message);
                Fail(letter, failure);
                if (letter.Status == DeadLetterStatus.Retrying)
                {
                    SubscriberLog.Retrying(logger, subscriber.Name, message.Id, letter.Attempts, letter.NextAttemptAtUtc);
                    break;
                }

                SubscriberLog.SetAside(logger, subscriber.Name, message.Id, letter.Attempts);
            }

            checkpoint.TransactionId = message.Position.TransactionId;
            checkpoint.OutboxId = message.Position.Id;
            checkpoint.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(ct);
        return handled;
    }

    /// <summary>The system administrator's retry of a dead letter: delivered now; resolved when it succeeds.</summary>
    public async Task<bool> RetryAsync(Guid deadLetterId, string by, CancellationToken ct = default)
    {
        await using var control = SystemScope.Create(scopes, by);
        var db = control.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var letter = await db.Set<DeadLetter>().FindAsync([deadLetterId], ct) ?? throw new Errors.NotFoundException("没有这条失败记录");
        if (letter.Status != DeadLetterStatus.Dead)
        {
            throw new Errors.BusinessRuleException("只有已搁置的事件可以手工重试");
        }

        var subscriber = Subscribers.SingleOrDefault(s => s.Name == letter.Subscriber) ?? throw new Errors.BusinessRuleException($"订阅者“{letter.Subscriber}”已不存在");
        var row = await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == letter.OutboxId, ct);
        var failure = await TryDeliverAsync(subscriber, new OutboxEnvelope(new OutboxPosition(row.TransactionId, row.Id), row.EventType, row.Payload), ct);
        if (failure is null)
        {
            letter.Status = DeadLetterStatus.Resolved;
            letter.ResolvedAtUtc = clock.GetUtcNow().UtcDateTime;
            letter.ResolvedBy = by;
        }
        else
        {
            letter.Attempts++;
            letter.LastError = failure;
            letter.LastFailedAtUtc = clock.GetUtcNow().UtcDateTime;
        }

        db.AuditEntries.Add(new Audit.AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserName = by,
            Action = "outbox.retry",
            EntityType = "DeadLetter",
            EntityId = letter.Id.ToString(),
            Details = $"{letter.Subscriber} #{letter.OutboxId}: {(failure is null ? "成功" : "仍失败")}",
        });
        await db.SaveChangesAsync(ct);
        return failure is null;
    }

    /// <summary>Null when delivered (or found handled already); otherwise the error to record.</summary>
    private async Task<string?> TryDeliverAsync(IOutboxSubscriber subscriber, OutboxEnvelope message, CancellationToken ct)
    {
        try
        {
            await using var scope = SystemScope.Create(scopes, "outbox:" + subscriber.Name);
            await subscriber.DeliverAsync(scope.ServiceProvider, message, ct);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            SubscriberLog.DeliveryFailed(logger, e, subscriber.Name, message.Id);
            var text = $"{e.GetType().Name}: {e.Message}";
            return text.Length > 1000 ? text[..1000] : text;
        }
    }

    private DeadLetter NewLetter(PlatformDbContext db, IOutboxSubscriber subscriber, OutboxEnvelope message)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var letter = new DeadLetter
        {
            Id = Guid.CreateVersion7(),
            Subscriber = subscriber.Name,
            OutboxId = message.Id,
            TransactionId = message.Position.TransactionId,
            EventType = message.EventType,
            FirstFailedAtUtc = now,
        };
        db.Add(letter);
        return letter;
    }

    private void Fail(DeadLetter letter, string error)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        letter.Attempts++;
        letter.LastError = error;
        letter.LastFailedAtUtc = now;
        letter.Status = letter.Attempts >= options.MaxAttempts ? DeadLetterStatus.Dead : DeadLetterStatus.Retrying;
        letter.NextAttemptAtUtc = now + options.RetryDelay(letter.Attempts);
    }
}
