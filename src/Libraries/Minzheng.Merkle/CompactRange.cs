namespace Minzheng.Merkle;

/// <summary>
/// The append frontier of a log (a compact range [0, size)): the hashes of the perfect subtrees along the tree's right
/// edge, largest first — at most one per bit of the size. Enough to append leaves, to name every node an append
/// completes, and to compute the root, without reading anything else of the tree; memory stays O(log n).
/// </summary>
public sealed class CompactRange
{
    private readonly TreeHasher _hasher;
    private readonly List<byte[]> _hashes;

    /// <summary>A frontier from the hashes of <see cref="PerfectSubtrees.Decompose"/>(0, size), in that order.</summary>
    public CompactRange(TreeHasher hasher, long size, IEnumerable<byte[]> rightEdge)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        _hasher = hasher;
        _hashes = [.. rightEdge];
        if (_hashes.Count != long.PopCount(size))
        {
            throw new ArgumentException($"a tree of {size} leaves has {long.PopCount(size)} subtrees on its right edge, not {_hashes.Count}", nameof(rightEdge));
        }

        Size = size;
    }

    public static CompactRange Empty(TreeHasher hasher) => new(hasher, 0, []);

    public long Size { get; private set; }

    /// <summary>The right edge's subtrees and their hashes, largest first.</summary>
    public IReadOnlyList<(NodeKey Node, byte[] Hash)> Edge
    {
        get
        {
            var keys = new List<NodeKey>();
            PerfectSubtrees.Decompose(0, Size, keys);
            return keys.Zip(_hashes).ToList();
        }
    }

    /// <summary>
    /// Appends one leaf hash; every perfect subtree this completes (level ≥ 1) is reported, lowest first, so a stored
    /// log can keep it.
    /// </summary>
    public void Append(byte[] leafHash, Action<NodeKey, byte[]>? completed = null)
    {
        var hash = leafHash;
        var newSize = Size + 1;
        for (var level = 0; ((Size >> level) & 1) == 1; level++)
        {
            hash = _hasher.HashChildren(_hashes[^1], hash);
            _hashes.RemoveAt(_hashes.Count - 1);
            completed?.Invoke(new NodeKey(level + 1, (newSize >> (level + 1)) - 1), hash);
        }

        _hashes.Add(hash);
        Size = newSize;
    }

    /// <summary>The RFC 9162 root hash of the tree of <see cref="Size"/> leaves: the right edge folded right to left.</summary>
    public byte[] Root()
    {
        if (_hashes.Count == 0)
        {
            return _hasher.EmptyRoot();
        }

        var root = _hashes[^1];
        for (var i = _hashes.Count - 2; i >= 0; i--)
        {
            root = _hasher.HashChildren(_hashes[i], root);
        }

        return root;
    }
}
