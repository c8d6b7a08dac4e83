using Microsoft.EntityFrameworkCore;
using Minzheng.Ledger.Data;
using Minzheng.Merkle;
using Minzheng.Platform.Errors;

namespace Minzheng.Ledger.Features.GetProofs;

internal sealed record InclusionAnswer(long Index, long Size, string LeafHash, string Root, IReadOnlyList<string> Proof);

internal sealed record ConsistencyAnswer(long From, long To, string OldRoot, string NewRoot, IReadOnlyList<string> Proof);

internal sealed record EntryAnswer(long Index, string EventType, string Payload, string LeafHash, DateTime AppendedAtUtc);

/// <summary>Proofs straight from the stored subtree hashes: O(log n) hashes read, whatever the log's size.</summary>
internal sealed class ProofHandler(LedgerDbContext db, LedgerOptions options)
{
    public async Task<InclusionAnswer> InclusionAsync(long index, long? size, CancellationToken ct = default)
    {
        var logSize = await StoredTree.SizeAsync(db, ct);
        var n = size ?? logSize;
        if (n < 1 || n > logSize || index < 0 || index >= n)
        {
            throw new InputValidationException("index", $"日志共有{logSize}条，无法给出第{index}条在规模{n}的树中的证明");
        }

        var hasher = options.Hasher();
        var keys = PerfectSubtrees.NeededFor(n, s => Proofs.Inclusion(s, index, n));
        var rootKeys = new List<NodeKey>();
        PerfectSubtrees.Decompose(0, n, rootKeys);
        keys.UnionWith(rootKeys);
        keys.Add(new NodeKey(0, index));
        var source = await StoredTree.LoadAsync(db, hasher, n, keys, ct);
        return new InclusionAnswer(index, n, Hex(source.RangeHash(index, 1)), Hex(source.RangeHash(0, n)), Proofs.Inclusion(source, index, n).Select(Hex).ToList());
    }

    public async Task<ConsistencyAnswer> ConsistencyAsync(long from, long to, CancellationToken ct = default)
    {
        var logSize = await StoredTree.SizeAsync(db, ct);
        if (from < 1 || from > to || to > logSize)
        {
            throw new InputValidationException("from", $"日志共有{logSize}条，无法给出从{from}到{to}的一致性证明");
        }

        var hasher = options.Hasher();
        var keys = PerfectSubtrees.NeededFor(to, s => Proofs.Consistency(s, from, to));
        PerfectSubtrees.Decompose(0, from, keys);
        PerfectSubtrees.Decompose(0, to, keys);
        var source = await StoredTree.LoadAsync(db, hasher, to, keys, ct);
        return new ConsistencyAnswer(from, to, Hex(source.RangeHash(0, from)), Hex(source.RangeHash(0, to)), Proofs.Consistency(source, from, to).Select(Hex).ToList());
    }

    public async Task<EntryAnswer> EntryAsync(long index, CancellationToken ct = default)
    {
        var e = await db.Entries.AsNoTracking().FirstOrDefaultAsync(x => x.Index == index, ct) ?? throw new NotFoundException("没有这一条记录");
        return new EntryAnswer(e.Index, e.EventType, e.Payload, Hex(e.LeafHash), e.AppendedAtUtc);
    }

    private static string Hex(byte[] b) => Convert.ToHexStringLower(b);
}
