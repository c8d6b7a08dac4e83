using System.Security.Cryptography;

namespace Minzheng.Platform.Security;

/// <summary>
/// The two 128-bit keys behind field protection: one encrypts (SM4), one keys the blind index (HMAC-SM3).
/// They live outside the database: in configuration, or in a key file created with mode 0600.
/// </summary>
public sealed class ProtectionKeys
{
    public ProtectionKeys(byte[] encryptionKey, byte[] indexKey)
    {
        if (encryptionKey.Length != 16 || indexKey.Length != 16)
        {
            throw new ArgumentException("SM4 and blind-index keys must be 16 bytes each");
        }

        EncryptionKey = encryptionKey;
        IndexKey = indexKey;
    }

    internal byte[] EncryptionKey { get; }

    internal byte[] IndexKey { get; }

    /// <summary>Reads "hex(enc):hex(index)".</summary>
    public static ProtectionKeys FromText(string text)
    {
        var parts = text.Trim().Split(':');
        if (parts.Length != 2)
        {
            throw new FormatException("密钥格式应为 两段32位十六进制，以冒号分隔");
        }

        return new ProtectionKeys(Convert.FromHexString(parts[0]), Convert.FromHexString(parts[1]));
    }

    /// <summary>Loads the key file, creating it (0600) with fresh random keys when it does not exist.</summary>
    public static ProtectionKeys LoadOrCreateFile(string path)
    {
        OwnerOnlyFolder.Ensure(Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (File.Exists(path))
        {
            OwnerOnlyFolder.RestrictFiles(path);
            return FromText(File.ReadAllText(path));
        }

        var text = $"{Convert.ToHexString(RandomNumberGenerator.GetBytes(16))}:{Convert.ToHexString(RandomNumberGenerator.GetBytes(16))}";
        OwnerOnlyFile.Create(path, text);
        return FromText(text);
    }
}
