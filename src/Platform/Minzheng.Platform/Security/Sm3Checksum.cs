using Org.BouncyCastle.Crypto.Digests;

namespace Minzheng.Platform.Security;

/// <summary>SM3 digest of a file's bytes as lowercase hex: the checksum recorded for uploaded files and loaded plans.</summary>
public static class Sm3Checksum
{
    public static string Hex(ReadOnlySpan<byte> data)
    {
        var digest = new SM3Digest();
        digest.BlockUpdate(data);
        var output = new byte[digest.GetDigestSize()];
        digest.DoFinal(output);
        return Convert.ToHexStringLower(output);
    }
}
