using System.Security.Cryptography;

namespace Minzheng.IntegrationTests.Cli;

/// <summary>`mz ledger` on the Certificate Transparency reference tree, in the exact forms the acceptance checks use.</summary>
public sealed class LedgerCommandTests : IDisposable
{
    private const string Root8 = "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328";
    private const string Root6 = "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef";
    private readonly string _dir = Directory.CreateTempSubdirectory("mz-ledger-").FullName;

    public LedgerCommandTests() =>
        File.WriteAllText(Path.Combine(_dir, "leaves.json"), """["","00","10","2021","3031","40414243","5051525354555657","606162636465666768696a6b6c6d6e6f"]""");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private Task<(int Exit, string Output)> Mz(params string[] args) => MzProcess.RunAsync(_dir, ["ledger", .. args]);

    private static string LeafHash(string hex) => Convert.ToHexStringLower(SHA256.HashData([0, .. Convert.FromHexString(hex)]));

    [Fact]
    public async Task Root_inclusion_and_consistency_proofs_match_the_reference_values()
    {
        Assert.Equal(Root8, (await Mz("root", "--hash", "sha256", "--leaves", "leaves.json")).Output.Trim());
        var inclusion = await Mz("inclusion-proof", "--hash", "sha256", "--leaves", "leaves.json", "--index", "2", "--size", "3");
        Assert.Equal("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125", inclusion.Output.Trim());
        var consistency = await Mz("consistency-proof", "--hash", "sha256", "--leaves", "leaves.json", "--from", "2", "--to", "5");
        Assert.Equal(["5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"], consistency.Output.Trim().Split('\n'));

        File.WriteAllText(Path.Combine(_dir, "empty.json"), "[]");
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", (await Mz("root", "--hash", "sha256", "--leaves", "empty.json")).Output.Trim());
        Assert.Equal("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b", (await Mz("root", "--hash", "sm3", "--leaves", "empty.json")).Output.Trim());
    }

    [Fact]
    public async Task Verify_inclusion_exits_0_for_a_good_proof_and_1_for_anything_else()
    {
        var proof = await Mz("inclusion-proof", "--hash", "sha256", "--leaves", "leaves.json", "--index", "5");
        File.WriteAllText(Path.Combine(_dir, "p5"), proof.Output);
        var leaf = LeafHash("40414243");
        Assert.Equal(0, (await Mz("verify-inclusion", "--hash", "sha256", "--leaf-hash", leaf, "--index", "5", "--size", "8", "--root", Root8, "--proof", "p5")).Exit);
        Assert.Equal(1, (await Mz("verify-inclusion", "--hash", "sha256", "--leaf-hash", leaf, "--index", "4", "--size", "8", "--root", Root8, "--proof", "p5")).Exit);
        Assert.Equal(1, (await Mz("verify-inclusion", "--hash", "sha256", "--leaf-hash", leaf, "--index", "5", "--size", "8", "--root", Root6, "--proof", "p5")).Exit);
        Assert.Equal(1, (await Mz("verify-inclusion", "--hash", "sm3", "--leaf-hash", leaf, "--index", "5", "--size", "8", "--root", Root8, "--proof", "p5")).Exit);
        Assert.Equal(1, (await Mz("verify-inclusion", "--hash", "sha256", "--leaf-hash", leaf, "--index", "9", "--size", "8", "--root", Root8, "--proof", "p5")).Exit);
        Assert.Equal(1, (await Mz("verify-inclusion", "--hash", "sha256", "--leaf-hash", "zz", "--index", "5", "--size", "8", "--root", Root8, "--proof", "p5")).Exit);
        Assert.Equal(1, (await Mz("verify-inclusion", "--hash", "sha256", "--leaf-hash", "", "--index", "5", "--size", "8", "--root", Root8, "--proof", "p5")).Exit);
        File.WriteAllText(Path.Combine(_dir, "bad"), "not-hex\n");
        Assert.Equal(1, (await Mz("verify-inclusion", "--hash", "sha256", "--leaf-hash", leaf, "--index", "5", "--size", "8", "--root", Root8, "--proof", "bad")).Exit);
        Assert.Equal(1, (await Mz("verify-inclusion", "--hash", "sha256", "--leaf-hash", leaf, "--index", "5", "--size", "8", "--root", Root8, "--proof", "missing-file")).Exit);
    }

    [Fact]
    public async Task Verify_consistency_exits_0_for_a_good_proof_and_1_for_anything_else()
    {
        var proof = await Mz("consistency-proof", "--hash", "sha256", "--leaves", "leaves.json", "--from", "6", "--to", "8");
        File.WriteAllText(Path.Combine(_dir, "c68"), proof.Output);
        Assert.Equal(0, (await Mz("verify-consistency", "--hash", "sha256", "--from", "6", "--to", "8", "--old-root", Root6, "--new-root", Root8, "--proof", "c68")).Exit);
        Assert.Equal(1, (await Mz("verify-consistency", "--hash", "sha256", "--from", "6", "--to", "8", "--old-root", Root8, "--new-root", Root8, "--proof", "c68")).Exit);
        Assert.Equal(1, (await Mz("verify-consistency", "--hash", "sha256", "--from", "8", "--to", "6", "--old-root", Root6, "--new-root", Root8, "--proof", "c68")).Exit);
        Assert.Equal(1, (await Mz("verify-consistency", "--hash", "sha256", "--from", "0", "--to", "8", "--old-root", Root6, "--new-root", Root8, "--proof", "c68")).Exit);
        File.WriteAllText(Path.Combine(_dir, "empty"), string.Empty);
        Assert.Equal(1, (await Mz("verify-consistency", "--hash", "sha256", "--from", "6", "--to", "8", "--old-root", Root6, "--new-root", Root8, "--proof", "empty")).Exit);
        Assert.Equal(0, (await Mz("verify-consistency", "--hash", "sha256", "--from", "8", "--to", "8", "--old-root", Root8, "--new-root", Root8, "--proof", "empty")).Exit);
    }

    [Fact]
    public async Task Impossible_requests_and_broken_leaf_files_fail_with_a_message()
    {
        var tooFar = await Mz("inclusion-proof", "--hash", "sha256", "--leaves", "leaves.json", "--index", "8");
        Assert.NotEqual(0, tooFar.Exit);
        Assert.Contains("error:", tooFar.Output, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_dir, "broken.json"), "[\"0g\"]");
        Assert.NotEqual(0, (await Mz("root", "--leaves", "broken.json")).Exit);
        File.WriteAllText(Path.Combine(_dir, "notjson.json"), "{");
        Assert.NotEqual(0, (await Mz("root", "--leaves", "notjson.json")).Exit);
        Assert.NotEqual(0, (await Mz("root", "--hash", "md5", "--leaves", "leaves.json")).Exit);
    }
}
