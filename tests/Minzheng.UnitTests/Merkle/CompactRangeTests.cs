using Minzheng.Merkle;

namespace Minzheng.UnitTests.Merkle;

public class CompactRangeTests
{
    private static readonly TreeHasher Sha = new(Sha256Hash.Instance);

    private static byte[] Leaf(int i) => Sha.HashLeaf(BitConverter.GetBytes(i));

    [Fact]
    public void Appending_leaves_one_by_one_gives_the_Certificate_Transparency_roots()
    {
        var range = CompactRange.Empty(Sha);
        Assert.Equal(CtVectors.Roots[0], Convert.ToHexStringLower(range.Root()));
        for (var n = 1; n <= 8; n++)
        {
            range.Append(Sha.HashLeaf(Convert.FromHexString(CtVectors.Leaves[n - 1])));
            Assert.Equal(CtVectors.Roots[n], Convert.ToHexStringLower(range.Root()));
        }
    }

    [Fact]
    public void Every_completed_subtree_is_reported_once_with_the_hash_the_tree_has_and_the_edge_stays_logarithmic()
    {
        const int N = 300;
        var tree = new InMemoryTree(Sha, Enumerable.Range(0, N).Select(Leaf));
        var range = CompactRange.Empty(Sha);
        var reported = new Dictionary<NodeKey, byte[]>();
        for (var i = 0; i < N; i++)
        {
            range.Append(Leaf(i), (node, hash) => reported.Add(node, hash));
            Assert.Equal(tree.Root(i + 1), range.Root());
            Assert.Equal(long.PopCount(i + 1), range.Edge.Count);
        }

        // Every perfect aligned subtree of level ≥ 1 inside [0, N), and nothing else.
        var expected = Enumerable.Range(1, 8).SelectMany(level => Enumerable.Range(0, N >> level).Select(p => new NodeKey(level, p))).ToHashSet();
        Assert.Equal(expected, reported.Keys.ToHashSet());
        Assert.All(reported, r => Assert.Equal(tree.RangeHash(r.Key.Start, r.Key.Count), r.Value));
    }

    [Fact]
    public void A_range_rebuilt_from_a_stored_right_edge_continues_where_the_first_left_off()
    {
        var tree = new InMemoryTree(Sha, Enumerable.Range(0, 100).Select(Leaf));
        var edge = new List<NodeKey>();
        PerfectSubtrees.Decompose(0, 77, edge);
        var resumed = new CompactRange(Sha, 77, edge.Select(k => tree.RangeHash(k.Start, k.Count)));
        Assert.Equal(tree.Root(77), resumed.Root());
        for (var i = 77; i < 100; i++)
        {
            resumed.Append(Leaf(i));
        }

        Assert.Equal(tree.Root(100), resumed.Root());
        Assert.Throws<ArgumentException>(() => new CompactRange(Sha, 77, [Leaf(0)]));
    }
}
