using Microsoft.EntityFrameworkCore;
using Minzheng.Ledger.Domain;
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
        // Leaves, and the leaves of each small subtree asked for: those are not stored (LedgerNode.LowestStoredLevel).
        var small = needed.Where(k => k.Level > 0 && k.Level < LedgerNode.LowestStoredLevel).ToList();
        var leaves = needed.Where(k => k.Level == 0).Select(k => k.Position)
            .Concat(small.SelectMany(k => Enumerable.Range(0, 1 << k.Level).Select(i => (k.Position << k.Level) + i))).Distinct().ToList();
        if (leaves.Count > 0)
        {
            foreach (var e in await db.Entries.AsNoTracking().Where(e => leaves.Contains(e.Index)).Select(e => new { e.Index, e.LeafHash }).ToListAsync(ct))
            {
                nodes[new NodeKey(0, e.Index)] = e.LeafHash;
            }
        }

        foreach (var k in small.OrderBy(k => k.Level))
        {
            if (Combine(hasher, nodes, k) is { } hash)
            {
                nodes[k] = hash;
            }
        }

        var upper = needed.Where(k => k.Level >= LedgerNode.LowestStoredLevel).ToList();
        if (upper.Count > 0)
        {
            // Exactly the (level, position) pairs, as row values: one primary-key probe each. Matching the levels and the
            // positions separately probed every combination of the two lists — a thousand probes at ten million entries.
            var rows = string.Join(", ", upper.Select((_, i) => $"({{{2 * i}}}, {{{(2 * i) + 1}}})"));
            var values = upper.SelectMany(k => new object[] { k.Level, k.Position }).ToArray();
            var sql = $"SELECT \"Level\", \"Position\", \"Hash\" FROM ledger_nodes WHERE (\"Level\", \"Position\") IN (VALUES {rows})";
            foreach (var n in await db.Nodes.FromSqlRaw(sql, values).AsNoTracking().ToListAsync(ct))
            {
                nodes[new NodeKey(n.Level, n.Position)] = n.Hash;
            }
        }

        return new NodeSource(hasher, size, nodes);
    }

    /// <summary>A small subtree's hash from its two halves, themselves computed down to the leaves; null when a leaf is missing.</summary>
    private static byte[]? Combine(TreeHasher hasher, Dictionary<NodeKey, byte[]> nodes, NodeKey key)
    {
        if (nodes.TryGetValue(key, out var known))
        {
            return known;
        }

        if (key.Level == 0)
        {
            return null;
        }

        var left = Combine(hasher, nodes, new NodeKey(key.Level - 1, 2 * key.Position));
        var right = Combine(hasher, nodes, new NodeKey(key.Level - 1, (2 * key.Position) + 1));
        return left is null || right is null ? null : hasher.HashChildren(left, right);
    }

    public static async Task<byte[]> RootAsync(LedgerDbContext db, TreeHasher hasher, long size, CancellationToken ct)
    {
        var keys = new List<NodeKey>();
        PerfectSubtrees.Decompose(0, size, keys);
        return (await LoadAsync(db, hasher, size, keys, ct)).RangeHash(0, size);
    }
}
