using Microsoft.EntityFrameworkCore;
using Minzheng.Merkle;

namespace Minzheng.Ledger.Data;

/// <summary>Loads exactly the perfect-subtree hashes a root or proof needs, in at most two queries.</summary>
internal static class StoredTree
{
    public static async Task<long> SizeAsync(LedgerDbContext db, CancellationToken ct) =>
        (await db.Entries.MaxAsync(e => (long?)e.Index, ct) ?? -1) + 1;

    public static async Task<NodeSource> LoadAsync(LedgerDbContext db, TreeHasher hasher, long size, IEnumerable<NodeKey> keys, CancellationToken ct)
    {
        var needed = keys.ToList();
        var nodes = new Dictionary<NodeKey, byte[]>();
        var leaves = needed.Where(k => k.Level == 0).Select(k => k.Position).ToList();
        if (leaves.Count > 0)
        {
            foreach (var e in await db.Entries.AsNoTracking().Where(e => leaves.Contains(e.Index)).Select(e => new { e.Index, e.LeafHash }).ToListAsync(ct))
            {
                nodes[new NodeKey(0, e.Index)] = e.LeafHash;
            }
        }

        var upper = needed.Where(k => k.Level > 0).ToList();
        if (upper.Count > 0)
        {
            // (level, position) pairs as one comparable number keeps this a single indexed query on both providers.
            var levels = upper.Select(k => k.Level).Distinct().ToList();
            var positions = upper.Select(k => k.Position).Distinct().ToList();
            foreach (var n in await db.Nodes.AsNoTracking().Where(n => levels.Contains(n.Level) && positions.Contains(n.Position)).ToListAsync(ct))
            {
                nodes[new NodeKey(n.Level, n.Position)] = n.Hash;
            }
        }

        return new NodeSource(hasher, size, nodes);
    }

    public static async Task<byte[]> RootAsync(LedgerDbContext db, TreeHasher hasher, long size, CancellationToken ct)
    {
        var keys = new List<NodeKey>();
        PerfectSubtrees.Decompose(0, size, keys);
        return (await LoadAsync(db, hasher, size, keys, ct)).RangeHash(0, size);
    }
}
