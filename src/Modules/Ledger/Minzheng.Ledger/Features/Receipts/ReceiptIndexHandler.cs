using Microsoft.EntityFrameworkCore;
using Minzheng.Ledger.Data;

namespace Minzheng.Ledger.Features.Receipts;

/// <summary>The log index of a module's event, by the event key the module published it under; null while not yet appended.</summary>
internal sealed class ReceiptIndexHandler(LedgerDbContext db)
{
    public async Task<long?> HandleAsync(string key, CancellationToken ct = default)
    {
        var outbox = await db.Outbox.AsNoTracking().Where(m => m.IdempotencyKey == key).Select(m => (long?)m.Id).FirstOrDefaultAsync(ct);
        return outbox is null ? null : await db.Entries.AsNoTracking().Where(e => e.OutboxId == outbox).Select(e => (long?)e.Index).FirstOrDefaultAsync(ct);
    }
}
