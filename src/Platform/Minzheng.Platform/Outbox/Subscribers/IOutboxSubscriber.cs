namespace Minzheng.Platform.Outbox.Subscribers;

/// <summary>
/// A module's reaction to internal events of other modules (ADR 0009). The dispatcher hands it each event of its
/// types once, in outbox order, in a scope of its own acting for the system; a failure is retried with back-off.
/// </summary>
public interface IOutboxSubscriber
{
    /// <summary>Stable name: the key of its checkpoint, inbox rows and dead letters (e.g. "assistance.registry").</summary>
    string Name { get; }

    /// <summary>The internal event types it reads.</summary>
    IReadOnlyList<string> EventTypes { get; }

    /// <summary>Handles the event and records it in the inbox in one transaction; false when it had been handled already.</summary>
    Task<bool> DeliverAsync(IServiceProvider services, OutboxEnvelope message, CancellationToken ct);
}
