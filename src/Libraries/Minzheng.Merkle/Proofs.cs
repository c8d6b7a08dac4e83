namespace Minzheng.Merkle;

/// <summary>Inclusion and consistency proofs exactly as RFC 9162 §2.1.3.1 (PATH) and §2.1.4.1 (PROOF / SUBPROOF) define them.</summary>
public static class Proofs
{
    /// <summary>The largest power of two strictly smaller than n (n ≥ 2).</summary>
    public static long LargestPowerOfTwoBelow(long n)
    {
        if (n < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(n), "n must be at least 2");
        }

        var k = 1L;
        while (k << 1 < n)
        {
            k <<= 1;
        }

        return k;
    }

    /// <summary>PATH(m, D[n]): the audit path of leaf <paramref name="index"/> (0-based) in the tree of the first <paramref name="size"/> leaves.</summary>
    public static IReadOnlyList<byte[]> Inclusion(ISubtreeSource tree, long index, long size)
    {
        if (size < 1 || size > tree.Size || index < 0 || index >= size)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"no leaf {index} in a tree of size {size} (log size {tree.Size})");
        }

        var path = new List<byte[]>();
        Path(tree, index, 0, size, path);
        return path;
    }

    private static void Path(ISubtreeSource tree, long m, long start, long n, List<byte[]> into)
    {
        if (n == 1)
        {
            return;
        }

        var k = LargestPowerOfTwoBelow(n);
        if (m < k)
        {
            Path(tree, m, start, k, into);
            into.Add(tree.RangeHash(start + k, n - k));
        }
        else
        {
            Path(tree, m - k, start + k, n - k, into);
            into.Add(tree.RangeHash(start, k));
        }
    }

    /// <summary>PROOF(m, D[n]) for 0 &lt; m ≤ n; empty when m = n.</summary>
    public static IReadOnlyList<byte[]> Consistency(ISubtreeSource tree, long oldSize, long newSize)
    {
        if (oldSize < 1 || oldSize > newSize || newSize > tree.Size)
        {
            throw new ArgumentOutOfRangeException(nameof(oldSize), $"no consistency proof from {oldSize} to {newSize} (log size {tree.Size})");
        }

        var proof = new List<byte[]>();
        SubProof(tree, oldSize, 0, newSize, true, proof);
        return proof;
    }

    private static void SubProof(ISubtreeSource tree, long m, long start, long n, bool b, List<byte[]> into)
    {
        if (m == n)
        {
            if (!b)
            {
                into.Add(tree.RangeHash(start, n));
            }

            return;
        }

        var k = LargestPowerOfTwoBelow(n);
        if (m <= k)
        {
            SubProof(tree, m, start, k, b, into);
            into.Add(tree.RangeHash(start + k, n - k));
        }
        else
        {
            SubProof(tree, m - k, start + k, n - k, false, into);
            into.Add(tree.RangeHash(start, k));
        }
    }
}
