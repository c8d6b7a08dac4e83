namespace Minzheng.Ledger.Contracts;

/// <summary>What operators run against the stored log from a host (`mz ledger append|audit`).</summary>
public interface ILedgerOperations
{
    /// <summary>
    /// Appends every outbox event committed before the call (waiting up to a minute for transactions still running, unless
    /// <paramref name="waitForRunning"/> is false) and signs a checkpoint when due, or always with <paramref name="forceCheckpoint"/>.
    /// </summary>
    Task<LedgerAppended> AppendAllAsync(bool forceCheckpoint, bool waitForRunning = true, CancellationToken ct = default);

    /// <summary>Recomputes the tree from every stored entry and checks that every outbox event read is in the log once.</summary>
    Task<LedgerAudit> AuditAsync(IProgress<long>? progress, CancellationToken ct = default);
}

public sealed record LedgerAppended(long Appended, long? CheckpointSize);

/// <summary>The audit's verdict: <paramref name="Problem"/> is null when every entry, checkpoint and outbox event matches.</summary>
public sealed record LedgerAudit(long Entries, int Checkpoints, long? FirstBadIndex, string? Problem, long? MissingOutboxId = null, long Pending = 0);
