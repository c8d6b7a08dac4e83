using Microsoft.EntityFrameworkCore;
using Minzheng.Ledger.Data;
using Minzheng.Ledger.Domain;
using Minzheng.Merkle;

namespace Minzheng.Ledger.Features.AppendEntries;

/// <summary>
/// Appends the outbox events not yet in the log, in outbox order, exactly once (the outbox id is unique in
/// the log), and stores every perfect subtree they complete. One transaction per batch.
/// </summary>
internal sealed class AppendEntriesHandler(LedgerDbContext db, LedgerOptions options, TimeProvider clock)
{
    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        var hasher = options.Hasher();
        var size = await StoredTree.SizeAsync(db, ct);
        var lastOutbox = await db.Entries.MaxAsync(e => (long?)e.OutboxId, ct) ?? 0;
        var pending = await db.Outbox.AsNoTracking().Where(o => o.Id > lastOutbox).OrderBy(o => o.Id).Take(options.BatchSize).ToListAsync(ct);
        if (pending.Count == 0)
        {
            return 0;
        }

        // The right edge of the current tree holds every left sibling the new nodes can need.
        var frontier = new List<NodeKey>();
        PerfectSubtrees.Decompose(0, size, frontier);
        var source = await StoredTree.LoadAsync(db, hasher, size, frontier, ct);
        var cache = frontier.ToDictionary(k => k, k => source.RangeHash(k.Start, k.Count));
        var now = clock.GetUtcNow().UtcDateTime;
        db.SuppressChangeAudit = true; // the log is its own, stronger, audit trail
        foreach (var message in pending)
        {
            var index = size++;
            var leaf = hasher.HashLeaf(LedgerEntry.LeafInput(message.EventType, message.Payload));
            db.Entries.Add(new LedgerEntry { Index = index, OutboxId = message.Id, EventType = message.EventType, Payload = message.Payload, LeafHash = leaf, AppendedAtUtc = now });
            cache[new NodeKey(0, index)] = leaf;
            for (var level = 1; (size & ((1L << level) - 1)) == 0; level++)
            {
                var position = (size >> level) - 1;
                var hash = hasher.HashChildren(cache[new NodeKey(level - 1, 2 * position)], cache[new NodeKey(level - 1, (2 * position) + 1)]);
                cache[new NodeKey(level, position)] = hash;
                db.Nodes.Add(new LedgerNode { Level = level, Position = position, Hash = hash });
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return pending.Count;
    }
}
