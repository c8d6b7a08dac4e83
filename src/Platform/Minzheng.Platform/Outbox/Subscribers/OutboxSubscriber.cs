using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Data;

namespace Minzheng.Platform.Outbox.Subscribers;

/// <summary>
/// A subscriber whose changes live in one module's database context: the inbox row is written in the same
/// transaction as those changes, so an event is handled exactly once however often it is delivered.
/// </summary>
public abstract class OutboxSubscriber<TContext> : IOutboxSubscriber where TContext : ModuleDbContext
{
    public abstract string Name { get; }

    public abstract IReadOnlyList<string> EventTypes { get; }

    public async Task<bool> DeliverAsync(IServiceProvider services, OutboxEnvelope message, CancellationToken ct)
    {
        var db = services.GetRequiredService<TContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.Inbox.AnyAsync(i => i.Subscriber == Name && i.OutboxId == message.Id, ct))
        {
            return false;
        }

        await HandleAsync(db, services, message, ct);
        db.Inbox.Add(new InboxEntry { Subscriber = Name, OutboxId = message.Id, HandledAtUtc = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Delivered at the same moment elsewhere (another host, the administrator's retry): its inbox row won, ours
            // rolls back with our changes — handled once, not a failure.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            if (await db.Inbox.AnyAsync(i => i.Subscriber == Name && i.OutboxId == message.Id, ct))
            {
                return false;
            }

            throw;
        }
    }

    /// <summary>Makes the changes (saving or not: the transaction is committed after the inbox row is added).</summary>
    protected abstract Task HandleAsync(TContext db, IServiceProvider services, OutboxEnvelope message, CancellationToken ct);
}
