using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Minzheng.Merkle;

/// <summary>
/// What a key signs, as the signature type bytes of c2sp.org/signed-note, and the key IDs they give. Ed25519 uses the
/// assigned bytes (0x01 note, 0x04 cosignature/v1). SM2 has no assigned byte: its types are 0xFF followed by a name
/// (as the spec recommends for unassigned types), so a standard verifier ignores SM2 lines and verifies the rest.
/// </summary>
public static class SignatureTypes
{
    /// <summary>The role of a key's signature: the log's own signature of the note text, or a witness's cosignature/v1.</summary>
    public enum Role
    {
        Note,
        Cosignature,
    }

    public static byte[] Of(SignatureAlgorithm algorithm, Role role) => (algorithm, role) switch
    {
        (SignatureAlgorithm.Ed25519, Role.Note) => [0x01],
        (SignatureAlgorithm.Ed25519, Role.Cosignature) => [0x04],
        (SignatureAlgorithm.Sm2, Role.Note) => [0xFF, .. "sm2p256v1-sm3/note"u8],
        (SignatureAlgorithm.Sm2, Role.Cosignature) => [0xFF, .. "sm2p256v1-sm3/cosignature/v1"u8],
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };

    /// <summary>SHA-256(key name ‖ 0x0A ‖ signature type ‖ public key)[:4], big-endian: the spec's recommended key ID.</summary>
    public static uint KeyId(string name, byte[] type, byte[] publicKey)
    {
        var input = new byte[Encoding.UTF8.GetByteCount(name) + 1 + type.Length + publicKey.Length];
        var at = Encoding.UTF8.GetBytes(name, input);
        input[at++] = 0x0A;
        type.CopyTo(input, at);
        publicKey.CopyTo(input, at + type.Length);
        return BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(input));
    }
}

/// <summary>
/// c2sp.org/tlog-cosignature v1: a witness signs "cosignature/v1\ntime &lt;seconds&gt;\n" followed by the checkpoint's note
/// text, and its signature is the 8-byte big-endian timestamp followed by the signature of that message.
/// </summary>
public static class Cosignatures
{
    public static byte[] Message(ulong timestamp, string noteText) =>
        Encoding.UTF8.GetBytes($"cosignature/v1\ntime {timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture)}\n{noteText}");

    /// <summary>The latest time a cosignature can name here (the spec allows up to 2^63 − 1; a date needs it before year 10000).</summary>
    private static readonly ulong LatestTimestamp = (ulong)DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <summary>The timestamp and signature of a cosignature, or null when it is too short or its time is out of range.</summary>
    public static (ulong Timestamp, byte[] Signature)? Split(byte[] cosignature)
    {
        if (cosignature.Length <= 8)
        {
            return null;
        }

        var timestamp = BinaryPrimitives.ReadUInt64BigEndian(cosignature);
        return timestamp > LatestTimestamp ? null : (timestamp, cosignature[8..]);
    }

    public static byte[] Join(ulong timestamp, byte[] signature)
    {
        var bytes = new byte[8 + signature.Length];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, timestamp);
        signature.CopyTo(bytes, 8);
        return bytes;
    }
}
