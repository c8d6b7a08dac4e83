using System.CommandLine;
using System.Text.Json;
using Minzheng.Merkle;

namespace Minzheng.Cli.Commands;

/// <summary>
/// `mz ledger …`: the verifiable-log maths of RFC 9162 on files, with no database — roots, proofs, and
/// their verification (exit 0 verified, 1 anything else).
/// </summary>
internal static class LedgerCommand
{
    public static Command Build()
    {
        var command = new Command("ledger", "Verifiable log (RFC 9162): tree roots, inclusion and consistency proofs, verification");
        command.Subcommands.Add(Root());
        command.Subcommands.Add(InclusionProof());
        command.Subcommands.Add(ConsistencyProof());
        command.Subcommands.Add(VerifyInclusion());
        command.Subcommands.Add(VerifyConsistency());
        command.Subcommands.Add(LedgerDatabaseCommands.Append());
        command.Subcommands.Add(LedgerDatabaseCommands.Audit());
        return command;
    }

    private static Option<string> HashOption() => new("--hash") { Description = "sm3 (default) or sha256", DefaultValueFactory = _ => "sm3" };

    private static Option<FileInfo> LeavesOption() => new("--leaves") { Description = "JSON array of hex strings, each one leaf's input bytes", Required = true };

    private static Command Root()
    {
        var hash = HashOption();
        var leaves = LeavesOption();
        var c = new Command("root", "Print the tree head (root hash) of the leaves, lowercase hex") { hash, leaves };
        c.SetAction(r =>
        {
            var tree = ReadTree(r.GetValue(hash)!, r.GetValue(leaves)!);
            Console.WriteLine(Convert.ToHexStringLower(tree.Root(tree.Size)));
            return 0;
        });
        return c;
    }

    private static Command InclusionProof()
    {
        var hash = HashOption();
        var leaves = LeavesOption();
        var index = new Option<long>("--index") { Description = "0-based leaf index", Required = true };
        var size = new Option<long?>("--size") { Description = "tree size (default: number of leaves)" };
        var c = new Command("inclusion-proof", "Print the inclusion proof of a leaf, one hash per line") { hash, leaves, index, size };
        c.SetAction(r =>
        {
            var tree = ReadTree(r.GetValue(hash)!, r.GetValue(leaves)!);
            Print(Proofs.Inclusion(tree, r.GetValue(index), r.GetValue(size) ?? tree.Size));
            return 0;
        });
        return c;
    }

    private static Command ConsistencyProof()
    {
        var hash = HashOption();
        var leaves = LeavesOption();
        var from = new Option<long>("--from") { Description = "old tree size", Required = true };
        var to = new Option<long>("--to") { Description = "new tree size", Required = true };
        var c = new Command("consistency-proof", "Print the consistency proof between two tree sizes, one hash per line") { hash, leaves, from, to };
        c.SetAction(r =>
        {
            var tree = ReadTree(r.GetValue(hash)!, r.GetValue(leaves)!);
            Print(Proofs.Consistency(tree, r.GetValue(from), r.GetValue(to)));
            return 0;
        });
        return c;
    }

    private static Command VerifyInclusion()
    {
        var hash = HashOption();
        var leafHash = new Option<string>("--leaf-hash") { Description = "the leaf's hash (hex)", Required = true };
        var index = new Option<long>("--index") { Required = true };
        var size = new Option<long>("--size") { Required = true };
        var root = new Option<string>("--root") { Description = "the tree head (hex)", Required = true };
        var proof = new Option<FileInfo>("--proof") { Description = "one hex hash per line", Required = true };
        var c = new Command("verify-inclusion", "Exit 0 when the proof shows the leaf in the tree, 1 otherwise") { hash, leafHash, index, size, root, proof };
        c.SetAction(r => Verdict(() =>
        {
            var hasher = new TreeHasher(HashFunctions.ByName(r.GetValue(hash)!));
            return new Verifier(hasher).VerifyInclusion(Hex(r.GetValue(leafHash)), r.GetValue(index), r.GetValue(size), ReadProof(r.GetValue(proof)!), Hex(r.GetValue(root)));
        }));
        return c;
    }

    private static Command VerifyConsistency()
    {
        var hash = HashOption();
        var from = new Option<long>("--from") { Required = true };
        var to = new Option<long>("--to") { Required = true };
        var oldRoot = new Option<string>("--old-root") { Required = true };
        var newRoot = new Option<string>("--new-root") { Required = true };
        var proof = new Option<FileInfo>("--proof") { Description = "one hex hash per line", Required = true };
        var c = new Command("verify-consistency", "Exit 0 when the proof shows the new tree extends the old one, 1 otherwise") { hash, from, to, oldRoot, newRoot, proof };
        c.SetAction(r => Verdict(() =>
        {
            var hasher = new TreeHasher(HashFunctions.ByName(r.GetValue(hash)!));
            return new Verifier(hasher).VerifyConsistency(r.GetValue(from), r.GetValue(to), ReadProof(r.GetValue(proof)!), Hex(r.GetValue(oldRoot)), Hex(r.GetValue(newRoot)));
        }));
        return c;
    }

    /// <summary>Malformed input of any kind is simply "not verified".</summary>
    private static int Verdict(Func<bool> verify)
    {
        try
        {
            var ok = verify();
            Console.WriteLine(ok ? "verified" : "not verified");
            return ok ? 0 : 1;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            Console.WriteLine($"not verified: {e.Message}");
            return 1;
        }
    }

    private static InMemoryTree ReadTree(string hashName, FileInfo file)
    {
        var hasher = new TreeHasher(HashFunctions.ByName(hashName));
        string[] hexes;
        try
        {
            hexes = JsonSerializer.Deserialize<string[]>(File.ReadAllText(file.FullName)) ?? throw new FormatException("the leaves file holds null");
        }
        catch (JsonException e)
        {
            throw new FormatException($"the leaves file is not a JSON array of hex strings: {e.Message}");
        }

        return InMemoryTree.FromLeafData(hasher, hexes.Select((h, i) => h is null ? throw new FormatException($"leaf {i} is null") : Convert.FromHexString(h)));
    }

    private static byte[] Hex(string? text) =>
        string.IsNullOrWhiteSpace(text) ? throw new FormatException("empty hex") : Convert.FromHexString(text.Trim());

    private static List<byte[]> ReadProof(FileInfo file) =>
        File.ReadAllLines(file.FullName).Where(l => !string.IsNullOrWhiteSpace(l)).Select(Hex).ToList();

    private static void Print(IEnumerable<byte[]> hashes)
    {
        foreach (var h in hashes)
        {
            Console.WriteLine(Convert.ToHexStringLower(h));
        }
    }
}
