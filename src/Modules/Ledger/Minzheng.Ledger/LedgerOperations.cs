using Minzheng.Ledger.Contracts;
using Minzheng.Ledger.Features.AppendEntries;
using Minzheng.Ledger.Features.AuditLedger;
using Minzheng.Ledger.Features.Checkpoints;

namespace Minzheng.Ledger;

/// <summary>What operators run from `mz ledger`: append what the outbox holds, and audit the stored log.</summary>
internal sealed class LedgerOperations(AppendEntriesHandler append, CheckpointHandler checkpoints, AuditLedgerHandler audit) : ILedgerOperations
{
    public async Task<LedgerAppended> AppendAllAsync(bool forceCheckpoint, bool waitForRunning = true, CancellationToken ct = default)
    {
        var total = await append.HandleAsync(waitForRunning ? TimeSpan.FromMinutes(1) : null, ct);
        var signed = await checkpoints.SignIfDueAsync(forceCheckpoint, ct);
        return new LedgerAppended(total, signed?.Size);
    }

    public async Task<LedgerAudit> AuditAsync(IProgress<long>? progress, CancellationToken ct = default)
    {
        var r = await audit.HandleAsync(progress, ct);
        return new LedgerAudit(r.Entries, r.Checkpoints, r.FirstBadIndex, r.Problem, r.MissingOutboxId, r.Pending);
    }
}
