using Minzheng.Merkle;

namespace Minzheng.Ledger;

/// <summary>The log's signing keys: read from their files, or created there (mode 0600) on first use.</summary>
internal static class LedgerKeys
{
    /// <summary>The key in the file, or a new one of the algorithm named for the log's origin (C2SP: the key name is the origin).</summary>
    public static SignerKey LoadOrCreate(string path, string name, SignatureAlgorithm algorithm = SignatureAlgorithm.Sm2)
    {
        if (File.Exists(path))
        {
            return SignerKey.ImportPrivate(File.ReadAllText(path));
        }

        var key = SignerKey.Generate(name, algorithm);
        Minzheng.Platform.Security.OwnerOnlyFile.Create(path, key.ExportPrivate());
        return key;
    }
}

/// <summary>
/// The log's Ed25519 key, beside its SM2 key: checkpoints carry both signatures, so a standard C2SP witness (which knows
/// Ed25519, not SM2) can verify the log and cosign; the SM2 signature stays the one the bureau's own checks require.
/// </summary>
internal sealed record LedgerStandardKey(SignerKey? Key);
