using Minzheng.Merkle;

namespace Minzheng.UnitTests.Merkle;

public class MerkleTreeTests
{
    private static readonly TreeHasher Sha = new(Sha256Hash.Instance);
    private static readonly TreeHasher Sm3 = new(Sm3Hash.Instance);

    private static InMemoryTree CtTree() => InMemoryTree.FromLeafData(Sha, CtVectors.Leaves.Select(Convert.FromHexString));

    private static string Hex(byte[] b) => Convert.ToHexStringLower(b);

    [Fact]
    public void Roots_match_the_Certificate_Transparency_vectors_for_every_size()
    {
        var tree = CtTree();
        for (var n = 0; n <= 8; n++)
        {
            Assert.Equal(CtVectors.Roots[n], Hex(tree.Root(n)));
        }
    }

    [Fact]
    public void Inclusion_proofs_match_the_vectors_and_verify()
    {
        var tree = CtTree();
        var verifier = new Verifier(Sha);
        foreach (var (index, size, path) in CtVectors.Inclusion)
        {
            var proof = Proofs.Inclusion(tree, index, size);
            Assert.Equal(path, proof.Select(Hex));
            Assert.True(verifier.VerifyInclusion(tree.LeafHash(index), index, size, proof, Convert.FromHexString(CtVectors.Roots[size])));
        }
    }

    [Fact]
    public void Consistency_proofs_match_the_vectors_and_verify()
    {
        var tree = CtTree();
        var verifier = new Verifier(Sha);
        foreach (var (old, @new, expected) in CtVectors.Consistency)
        {
            var proof = Proofs.Consistency(tree, old, @new);
            Assert.Equal(expected, proof.Select(Hex));
            Assert.True(verifier.VerifyConsistency(old, @new, proof, Convert.FromHexString(CtVectors.Roots[old]), Convert.FromHexString(CtVectors.Roots[@new])));
        }
    }

    [Theory]
    [InlineData("sha256")]
    [InlineData("sm3")]
    public void Every_proof_of_every_tree_up_to_40_leaves_verifies_and_any_change_fails(string hashName)
    {
        var hasher = new TreeHasher(HashFunctions.ByName(hashName));
        var verifier = new Verifier(hasher);
        var tree = InMemoryTree.FromLeafData(hasher, Enumerable.Range(0, 40).Select(i => new[] { (byte)i, (byte)(i * 7) }));
        for (long n = 1; n <= 40; n++)
        {
            var root = tree.Root(n);
            for (long m = 0; m < n; m++)
            {
                var path = Proofs.Inclusion(tree, m, n);
                Assert.True(verifier.VerifyInclusion(tree.LeafHash(m), m, n, path, root), $"inclusion {m}/{n}");
                if (n > 1)
                {
                    Assert.False(verifier.VerifyInclusion(tree.LeafHash((m + 1) % n), m, n, path, root), $"wrong leaf {m}/{n}");
                    Assert.False(verifier.VerifyInclusion(tree.LeafHash(m), (m + 1) % n, n, path, root), $"wrong index {m}/{n}");
                }

                if (path.Count > 0)
                {
                    var bent = path.Select(p => (byte[])p.Clone()).ToList();
                    bent[^1][0] ^= 1;
                    Assert.False(verifier.VerifyInclusion(tree.LeafHash(m), m, n, bent, root));
                }
            }

            for (long m = 1; m <= n; m++)
            {
                var proof = Proofs.Consistency(tree, m, n);
                Assert.True(verifier.VerifyConsistency(m, n, proof, tree.Root(m), root), $"consistency {m}->{n}");
                if (m < n)
                {
                    Assert.False(verifier.VerifyConsistency(m, n, proof, hasher.HashLeaf([9]), root), $"wrong old root {m}->{n}");
                    Assert.False(verifier.VerifyConsistency(m, n, proof, tree.Root(m), hasher.HashLeaf([9])), $"wrong new root {m}->{n}");
                    Assert.False(verifier.VerifyConsistency(m, n, proof.Take(proof.Count - 1).ToList(), tree.Root(m), root), $"short proof {m}->{n}");
                }
            }
        }
    }

    [Fact]
    public void Impossible_indexes_and_sizes_are_refused()
    {
        var tree = CtTree();
        var verifier = new Verifier(Sha);
        Assert.Throws<ArgumentOutOfRangeException>(() => Proofs.Inclusion(tree, 8, 8));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proofs.Inclusion(tree, 0, 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proofs.Consistency(tree, 0, 8));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proofs.Consistency(tree, 5, 4));
        var root = tree.Root(8);
        Assert.False(verifier.VerifyInclusion(tree.LeafHash(0), 8, 8, [], root));
        Assert.False(verifier.VerifyInclusion(tree.LeafHash(0), -1, 8, [], root));
        Assert.False(verifier.VerifyInclusion(tree.LeafHash(0), 0, 8, [new byte[31]], root));
        Assert.False(verifier.VerifyConsistency(0, 8, [], root, root));
        Assert.False(verifier.VerifyConsistency(3, 2, [], root, root));
        Assert.False(verifier.VerifyConsistency(2, 8, [], tree.Root(2), root));
    }

    [Fact]
    public void SM3_and_SHA_256_trees_differ_and_the_SM3_empty_root_is_SM3_of_nothing()
    {
        var data = CtVectors.Leaves.Select(Convert.FromHexString).ToList();
        Assert.NotEqual(Hex(InMemoryTree.FromLeafData(Sha, data).Root(8)), Hex(InMemoryTree.FromLeafData(Sm3, data).Root(8)));
        Assert.Equal("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b", Hex(Sm3.EmptyRoot()));
    }
}

public class PerfectSubtreeTests
{
    private static readonly TreeHasher Sm3 = new(Sm3Hash.Instance);

    [Fact]
    public void Proofs_from_perfect_subtree_hashes_equal_the_in_memory_proofs_and_need_only_O_log_n_of_them()
    {
        var tree = InMemoryTree.FromLeafData(Sm3, Enumerable.Range(0, 1000).Select(i => BitConverter.GetBytes(i)));
        foreach (var (m, n) in new (long, long)[] { (0, 1), (0, 1000), (999, 1000), (517, 777), (256, 257), (3, 4) })
        {
            var keys = PerfectSubtrees.NeededFor(n, s => Proofs.Inclusion(s, m, n));
            Assert.True(keys.Count <= 2 * Math.Log2(n) + 2, $"{keys.Count} nodes for {m}/{n}");
            var source = new NodeSource(Sm3, n, keys.ToDictionary(k => k, k => tree.RangeHash(k.Start, k.Count)));
            Assert.Equal(Proofs.Inclusion(tree, m, n).Select(Convert.ToHexString), Proofs.Inclusion(source, m, n).Select(Convert.ToHexString));
        }

        foreach (var (m, n) in new (long, long)[] { (1, 1000), (500, 1000), (999, 1000), (256, 300) })
        {
            var keys = PerfectSubtrees.NeededFor(n, s => Proofs.Consistency(s, m, n));
            Assert.True(keys.Count <= 2 * Math.Log2(n) + 2, $"{keys.Count} nodes for {m}->{n}");
            var source = new NodeSource(Sm3, n, keys.ToDictionary(k => k, k => tree.RangeHash(k.Start, k.Count)));
            Assert.Equal(Proofs.Consistency(tree, m, n).Select(Convert.ToHexString), Proofs.Consistency(source, m, n).Select(Convert.ToHexString));
        }

        var rootKeys = new List<NodeKey>();
        PerfectSubtrees.Decompose(0, 1000, rootKeys);
        Assert.Equal([new NodeKey(9, 0), new NodeKey(8, 2), new NodeKey(7, 6), new NodeKey(6, 14), new NodeKey(5, 30), new NodeKey(3, 124)], rootKeys);
    }
}
