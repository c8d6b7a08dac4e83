using Microsoft.EntityFrameworkCore;
using Minzheng.IntegrationTests.Cli;
using Minzheng.Ledger;
using Minzheng.Ledger.Features.GetProofs;
using Minzheng.Merkle;
using Minzheng.Platform.Data;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Ledger;

/// <summary>
/// Proofs read from a stored log — where subtrees of fewer than 16 leaves are computed from their leaves, not stored —
/// equal the proofs of the whole tree in memory, for every index and size of a log appended in two batches (the second
/// starting from a right edge of small subtrees: 11 = 8 + 2 + 1).
/// </summary>
public abstract class StoredProofTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Every_inclusion_and_consistency_proof_from_the_stored_log_equals_the_in_memory_one()
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        string[] dbArgs = ["--provider", provider.ToString().ToLowerInvariant(), "--connection", db.Options.ConnectionString, "--log-key-file", Path.Combine(db.Folder, "log.key")];
        await LedgerTestData.PublishAsync(db.Options, 11); // 8 + 2 + 1
        Assert.Equal(0, (await MzProcess.RunAsync(db.Folder, ["ledger", "append", .. dbArgs])).Exit);
        await LedgerTestData.PublishAsync(db.Options, 26);
        Assert.Equal(0, (await MzProcess.RunAsync(db.Folder, ["ledger", "append", .. dbArgs])).Exit);

        await using var ctx = LedgerTestData.Context(db.Options);
        var options = new LedgerOptions();
        var leaves = await ctx.Entries.AsNoTracking().OrderBy(e => e.Index).Select(e => e.LeafHash).ToListAsync();
        Assert.Equal(37, leaves.Count);
        Assert.DoesNotContain(await ctx.Nodes.AsNoTracking().Select(n => n.Level).Distinct().ToListAsync(), l => l < Minzheng.Ledger.Domain.LedgerNode.LowestStoredLevel);
        var memory = new InMemoryTree(options.Hasher(), leaves);
        var proofs = new ProofHandler(ctx, options);
        for (long size = 1; size <= leaves.Count; size++)
        {
            for (long index = 0; index < size; index++)
            {
                var stored = await proofs.InclusionAsync(index, size);
                Assert.Equal(Hex(Proofs.Inclusion(memory, index, size)), stored.Proof);
                Assert.Equal(Convert.ToHexStringLower(memory.Root(size)), stored.Root);
            }

            for (long from = 1; from <= size; from++)
            {
                Assert.Equal(Hex(Proofs.Consistency(memory, from, size)), (await proofs.ConsistencyAsync(from, size)).Proof);
            }
        }
    }

    private static List<string> Hex(IEnumerable<byte[]> hashes) => [.. hashes.Select(Convert.ToHexStringLower)];
}

public sealed class StoredProofTestsOnSqlite() : StoredProofTests(DatabaseProvider.Sqlite);

public sealed class StoredProofTestsOnPostgres() : StoredProofTests(DatabaseProvider.Postgres);
