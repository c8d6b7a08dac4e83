using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Digests;

namespace Minzheng.Merkle;

/// <summary>The hash under the tree: SM3 by default (商用密码), SHA-256 as in Certificate Transparency.</summary>
public interface IHashFunction
{
    string Name { get; }

    int Size { get; }

    byte[] Hash(ReadOnlySpan<byte> data);
}

public sealed class Sm3Hash : IHashFunction
{
    public static Sm3Hash Instance { get; } = new();

    public string Name => "sm3";

    public int Size => 32;

    // One digest per thread, reset after each use: building a new one per hash cost as much as hashing a leaf.
    [ThreadStatic]
    private static SM3Digest? _digest;

    public byte[] Hash(ReadOnlySpan<byte> data)
    {
        var digest = _digest ??= new SM3Digest();
        digest.BlockUpdate(data);
        var output = new byte[32];
        digest.DoFinal(output, 0); // DoFinal resets the digest
        return output;
    }
}

public sealed class Sha256Hash : IHashFunction
{
    public static Sha256Hash Instance { get; } = new();

    public string Name => "sha256";

    public int Size => 32;

    public byte[] Hash(ReadOnlySpan<byte> data) => SHA256.HashData(data);
}

public static class HashFunctions
{
    /// <summary>"sm3" or "sha256"; anything else is refused.</summary>
    public static IHashFunction ByName(string name) => name.Trim().ToLowerInvariant() switch
    {
        "sm3" => Sm3Hash.Instance,
        "sha256" or "sha-256" => Sha256Hash.Instance,
        _ => throw new ArgumentException($"unknown hash '{name}': use sm3 or sha256"),
    };
}
