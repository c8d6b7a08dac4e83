namespace Minzheng.Merkle;

/// <summary>A perfect, aligned subtree: level L at position p covers leaves [p·2^L, (p+1)·2^L).</summary>
public readonly record struct NodeKey(int Level, long Position)
{
    public long Start => Position << Level;

    public long Count => 1L << Level;
}

/// <summary>
/// Any range of a log is a short list of perfect aligned subtrees, so a stored log that keeps the hash of
/// every perfect subtree answers any proof from O(log n) stored hashes.
/// </summary>
public static class PerfectSubtrees
{
    /// <summary>The perfect subtrees whose hashes MTH(D[start:start+count]) is computed from, following RFC 9162's splits.</summary>
    public static void Decompose(long start, long count, ICollection<NodeKey> into)
    {
        if (count <= 0)
        {
            return;
        }

        if ((count & (count - 1)) == 0 && start % count == 0)
        {
            into.Add(new NodeKey(System.Numerics.BitOperations.Log2((ulong)count), start / count));
            return;
        }

        var k = Proofs.LargestPowerOfTwoBelow(count);
        Decompose(start, k, into);
        Decompose(start + k, count - k, into);
    }

    /// <summary>The perfect subtrees a proof needs: plan it against a recording source, then decompose every range it asked for.</summary>
    public static HashSet<NodeKey> NeededFor(long size, Action<ISubtreeSource> proof)
    {
        var recorder = new RecordingSource(size);
        proof(recorder);
        var keys = new HashSet<NodeKey>();
        foreach (var (start, count) in recorder.Ranges)
        {
            Decompose(start, count, keys);
        }

        return keys;
    }

    private sealed class RecordingSource(long size) : ISubtreeSource
    {
        public List<(long Start, long Count)> Ranges { get; } = [];

        public long Size => size;

        public byte[] RangeHash(long start, long count)
        {
            Ranges.Add((start, count));
            return [];
        }
    }
}

/// <summary>A source answering from a set of perfect-subtree hashes (loaded in one query by a stored log).</summary>
public sealed class NodeSource(TreeHasher hasher, long size, IReadOnlyDictionary<NodeKey, byte[]> nodes) : ISubtreeSource
{
    public long Size => size;

    public byte[] RangeHash(long start, long count)
    {
        if (count == 0)
        {
            return hasher.EmptyRoot();
        }

        if ((count & (count - 1)) == 0 && start % count == 0)
        {
            var key = new NodeKey(System.Numerics.BitOperations.Log2((ulong)count), start / count);
            return nodes.TryGetValue(key, out var hash) ? hash : throw new InvalidOperationException($"subtree {key} was not loaded");
        }

        var k = Proofs.LargestPowerOfTwoBelow(count);
        return hasher.HashChildren(RangeHash(start, k), RangeHash(start + k, count - k));
    }
}
