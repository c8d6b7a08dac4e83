namespace Minzheng.Merkle;

/// <summary>
/// Where proofs get the hash of a range of leaves, MTH(D[start:start+count]). A stored log answers from its
/// saved subtree hashes in O(log n) reads; <see cref="InMemoryTree"/> answers from its leaf hashes.
/// </summary>
public interface ISubtreeSource
{
    long Size { get; }

    byte[] RangeHash(long start, long count);
}
