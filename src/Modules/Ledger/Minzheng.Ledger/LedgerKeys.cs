using Minzheng.Merkle;

namespace Minzheng.Ledger;

/// <summary>The log's signing key: read from its file, or created there (SM2, mode 0600) on first use.</summary>
internal static class LedgerKeys
{
    public static SignerKey LoadOrCreate(string path, string name = "minzheng-log")
    {
        if (File.Exists(path))
        {
            return SignerKey.ImportPrivate(File.ReadAllText(path));
        }

        var key = SignerKey.Generate(name, SignatureAlgorithm.Sm2);
        Minzheng.Platform.Security.OwnerOnlyFile.Create(path, key.ExportPrivate());
        return key;
    }
}
