using Microsoft.EntityFrameworkCore;
using Minzheng.Ledger.Data;
using Minzheng.Ledger.Domain;
using Minzheng.Merkle;

namespace Minzheng.Ledger.Features.AuditLedger;

/// <summary>
/// The outcome of an audit: null problem means every entry, stored subtree and checkpoint matches and the log holds
/// every public outbox event read so far exactly once. A problem names the first bad index, or the first outbox id
/// missing from the log (or in it twice); <see cref="Pending"/> counts events not yet appended.
/// </summary>
internal sealed record LedgerAuditReport(long Entries, int Checkpoints, long? FirstBadIndex, string? Problem, long? MissingOutboxId = null, long Pending = 0);

/// <summary>
/// Recomputes the whole tree from the stored entries and compares: every leaf hash, every stored subtree
/// hash, every checkpoint's root and the log's signature on it. Names the first index that does not match.
/// </summary>
internal sealed class AuditLedgerHandler(LedgerDbContext db, LedgerOptions options, VerifierKey logKey)
{
    public async Task<LedgerAuditReport> HandleAsync(IProgress<long>? progress = null, CancellationToken ct = default)
    {
        var hasher = options.Hasher();
        var nodes = new StoredNodes(db);
        var checkpoints = await db.Checkpoints.AsNoTracking().OrderBy(c => c.Size).ToListAsync(ct);
        var pending = new Dictionary<int, byte[]>();
        var next = 0;
        long index = 0;
        LedgerAuditReport Bad(long at, string problem) => new(index, checkpoints.Count, at, problem);

        if (checkpoints.FirstOrDefault(c => c.Size == 0) is { } empty)
        {
            return Bad(0, $"检查点{empty.Id}的规模为0");
        }

        // Entries a page at a time (not one open reader): the subtree hashes are read on the same connection meanwhile.
        for (var page = await EntriesFromAsync(0, ct); page.Count > 0; page = await EntriesFromAsync(page[^1].Index + 1, ct))
        {
            foreach (var e in page)
            {
                if (e.Index != index)
                {
                    return Bad(index, $"第{index}条记录缺失或顺序被改动（下一条存储的是第{e.Index}条）");
                }

                var leaf = hasher.HashLeaf(LedgerEntry.LeafInput(e.EventType, e.Payload));
                if (!leaf.AsSpan().SequenceEqual(e.LeafHash))
                {
                    return Bad(index, $"第{index}条记录的内容与其叶哈希不符（记录被修改）");
                }

                var problem = await CarryAsync(hasher, nodes, pending, index, leaf, ct);
                if (problem is not null)
                {
                    return Bad(index, problem);
                }

                index++;
                while (next < checkpoints.Count && checkpoints[next].Size == index)
                {
                    var checkpointProblem = CheckCheckpoint(checkpoints[next], Root(hasher, pending, index));
                    if (checkpointProblem is not null)
                    {
                        var previous = next > 0 ? checkpoints[next - 1].Size : 0;
                        return Bad(previous, checkpointProblem + $"；不一致发生在第{previous}至{index - 1}条之间");
                    }

                    next++;
                }

                if (index % 100_000 == 0)
                {
                    progress?.Report(index);
                }
            }
        }

        if (next < checkpoints.Count)
        {
            return Bad(index, $"检查点声明了{checkpoints[next].Size}条记录，日志只有{index}条（记录被删除）");
        }

        progress?.Report(index);
        var completeness = await CompletenessCheck.RunAsync(db, ct);
        return new LedgerAuditReport(index, checkpoints.Count, null, completeness.Problem, completeness.OutboxId, completeness.Pending);
    }

    private Task<List<LedgerEntry>> EntriesFromAsync(long index, CancellationToken ct) =>
        db.Entries.AsNoTracking().Where(x => x.Index >= index).OrderBy(x => x.Index).Take(10_000).ToListAsync(ct);

    /// <summary>A new leaf: every subtree it completes is compared with the stored hash and combined with its left sibling.</summary>
    private static async Task<string?> CarryAsync(TreeHasher hasher, StoredNodes stored, Dictionary<int, byte[]> pending, long index, byte[] leaf, CancellationToken ct)
    {
        var (level, position, hash) = (0, index, leaf);
        while (true)
        {
            if (level >= LedgerNode.LowestStoredLevel && (await stored.HashAsync(level, position, ct) is not { } saved || !saved.AsSpan().SequenceEqual(hash)))
            {
                return $"存储的子树哈希({level},{position})与记录不符";
            }

            if (position % 2 == 0)
            {
                pending[level] = hash;
                return null;
            }

            hash = hasher.HashChildren(pending[level], hash);
            pending.Remove(level);
            level++;
            position /= 2;
        }
    }

    /// <summary>
    /// The stored subtree hashes, read level by level in position order a page at a time — the order the audit completes
    /// them in — so memory stays flat however long the log (all of them at once took 1.4 GB at ten million entries).
    /// </summary>
    private sealed class StoredNodes(LedgerDbContext db)
    {
        private const int Page = 4096;
        private readonly Dictionary<int, Queue<LedgerNode>> _levels = [];
        private readonly Dictionary<int, long> _readFrom = [];

        /// <summary>The stored hash at (level, position), or null when none is stored; positions are asked in order per level.</summary>
        public async Task<byte[]?> HashAsync(int level, long position, CancellationToken ct)
        {
            if (!_levels.TryGetValue(level, out var queue))
            {
                _levels[level] = queue = new Queue<LedgerNode>();
                _readFrom[level] = 0;
            }

            while (true)
            {
                while (queue.TryPeek(out var head) && head.Position < position)
                {
                    queue.Dequeue(); // a stored node no entry completes is not the audit's concern; proofs never read it
                }

                if (queue.TryPeek(out var next))
                {
                    return next.Position == position ? queue.Dequeue().Hash : null;
                }

                var from = Math.Max(_readFrom[level], position);
                var page = await db.Nodes.AsNoTracking().Where(n => n.Level == level && n.Position >= from).OrderBy(n => n.Position).Take(Page).ToListAsync(ct);
                if (page.Count == 0)
                {
                    return null;
                }

                _readFrom[level] = page[^1].Position + 1;
                foreach (var n in page)
                {
                    queue.Enqueue(n);
                }
            }
        }
    }

    private static byte[] Root(TreeHasher hasher, Dictionary<int, byte[]> pending, long size)
    {
        byte[]? root = null;
        for (var level = 0; level < 63; level++)
        {
            if (((size >> level) & 1) == 1)
            {
                root = root is null ? pending[level] : hasher.HashChildren(pending[level], root);
            }
        }

        return root ?? hasher.EmptyRoot();
    }

    private string? CheckCheckpoint(LedgerCheckpoint checkpoint, byte[] recomputed)
    {
        SignedCheckpoint signed;
        try
        {
            signed = SignedCheckpoint.Parse(checkpoint.Note);
        }
        catch (FormatException)
        {
            return $"检查点{checkpoint.Id}的文本已损坏";
        }

        if (!CheckpointVerifier.Check(signed, logKey, []).LogSignatureValid)
        {
            return $"检查点{checkpoint.Id}的签名无效";
        }

        if (signed.Checkpoint.Size != checkpoint.Size || !signed.Checkpoint.Root.AsSpan().SequenceEqual(checkpoint.Root))
        {
            return $"检查点{checkpoint.Id}的签名内容与存储的规模或根哈希不符";
        }

        return recomputed.AsSpan().SequenceEqual(signed.Checkpoint.Root) ? null : $"按记录重算的根哈希与已签名检查点{checkpoint.Id}（规模{checkpoint.Size}）不符";
    }
}
