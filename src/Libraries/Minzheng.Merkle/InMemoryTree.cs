namespace Minzheng.Merkle;

/// <summary>A tree over leaf hashes held in memory (CLI, tests, verification tools).</summary>
public sealed class InMemoryTree : ISubtreeSource
{
    private readonly TreeHasher _hasher;
    private readonly List<byte[]> _leafHashes;

    public InMemoryTree(TreeHasher hasher, IEnumerable<byte[]> leafHashes)
    {
        _hasher = hasher;
        _leafHashes = [.. leafHashes];
    }

    public static InMemoryTree FromLeafData(TreeHasher hasher, IEnumerable<byte[]> leaves) =>
        new(hasher, leaves.Select(l => hasher.HashLeaf(l)));

    public long Size => _leafHashes.Count;

    public byte[] LeafHash(long index) => _leafHashes[checked((int)index)];

    public byte[] RangeHash(long start, long count)
    {
        if (start < 0 || count < 0 || start + count > Size)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "range outside the tree");
        }

        if (count == 0)
        {
            return _hasher.EmptyRoot();
        }

        if (count == 1)
        {
            return _leafHashes[(int)start];
        }

        var k = Proofs.LargestPowerOfTwoBelow(count);
        return _hasher.HashChildren(RangeHash(start, k), RangeHash(start + k, count - k));
    }

    public byte[] Root(long size) => RangeHash(0, size);
}
