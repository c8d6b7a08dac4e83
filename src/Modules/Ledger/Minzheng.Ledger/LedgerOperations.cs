using Minzheng.Ledger.Features.AppendEntries;
using Minzheng.Ledger.Features.AuditLedger;
using Minzheng.Ledger.Features.Checkpoints;

namespace Minzheng.Ledger;

/// <summary>What operators run from `mz ledger`: append what the outbox holds, and audit the stored log.</summary>
public sealed class LedgerOperations
{
    private readonly AppendEntriesHandler _append;
    private readonly CheckpointHandler _checkpoints;
    private readonly AuditLedgerHandler _audit;

    internal LedgerOperations(AppendEntriesHandler append, CheckpointHandler checkpoints, AuditLedgerHandler audit)
    {
        _append = append;
        _checkpoints = checkpoints;
        _audit = audit;
    }

    /// <summary>
    /// Appends every outbox event committed before the call (in batches; waiting up to a minute for transactions still
    /// running, unless <paramref name="waitForRunning"/> is false — the background worker's way) and signs a checkpoint
    /// when due, or always with <paramref name="forceCheckpoint"/>.
    /// </summary>
    public async Task<(long Appended, long? CheckpointSize)> AppendAllAsync(bool forceCheckpoint, bool waitForRunning = true, CancellationToken ct = default)
    {
        var total = await _append.HandleAsync(waitForRunning ? TimeSpan.FromMinutes(1) : null, ct);
        var signed = await _checkpoints.SignIfDueAsync(forceCheckpoint, ct);
        return (total, signed?.Size);
    }

    public Task<LedgerAuditReport> AuditAsync(IProgress<long>? progress, CancellationToken ct = default) => _audit.HandleAsync(progress, ct);
}
