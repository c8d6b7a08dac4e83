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

        // Leaf hashes are independent: compute them on every core, then fold the tree in order.
        var leaves = new byte[pending.Count][];
        Parallel.For(0, pending.Count, i => leaves[i] = hasher.HashLeaf(LedgerEntry.LeafInput(pending[i].EventType, pending[i].Payload)));
        var entries = new List<LedgerEntry>(pending.Count);
        var nodes = new List<LedgerNode>(pending.Count);
        for (var i = 0; i < pending.Count; i++)
        {
            var index = size++;
            entries.Add(new LedgerEntry { Index = index, OutboxId = pending[i].Id, EventType = pending[i].EventType, Payload = pending[i].Payload, LeafHash = leaves[i], AppendedAtUtc = now });
            cache[new NodeKey(0, index)] = leaves[i];
            for (var level = 1; (size & ((1L << level) - 1)) == 0; level++)
            {
                var position = (size >> level) - 1;
                var hash = hasher.HashChildren(cache[new NodeKey(level - 1, 2 * position)], cache[new NodeKey(level - 1, (2 * position) + 1)]);
                cache[new NodeKey(level, position)] = hash;
                nodes.Add(new LedgerNode { Level = level, Position = position, Hash = hash });
            }
        }

        // The log is its own, stronger, audit trail: no change-audit rows for its inserts.
        await LedgerBulkWriter.WriteAsync(db, entries, nodes, ct);
        return pending.Count;
    }
}
