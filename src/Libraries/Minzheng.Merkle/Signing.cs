using System.Security.Cryptography;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;

namespace Minzheng.Merkle;

public enum SignatureAlgorithm
{
    Sm2,
    Ed25519,
}

/// <summary>A public key that checkpoints are checked against: the log's own, or a witness's.</summary>
public sealed record VerifierKey(string Name, SignatureAlgorithm Algorithm, byte[] PublicKey)
{
    /// <summary>The key ID of this key's signatures in the given role (c2sp.org/signed-note).</summary>
    public uint KeyId(SignatureTypes.Role role) => SignatureTypes.KeyId(Name, SignatureTypes.Of(Algorithm, role), PublicKey);

    /// <summary>
    /// The key as a signed-note verifier key, "name+hex(key ID)+base64(type ‖ public key)": what standard tools
    /// (Go's sumdb/note, witnesses) are configured with. They understand the Ed25519 types; the SM2 types are ours.
    /// </summary>
    public string ToVkey(SignatureTypes.Role role) =>
        $"{Name}+{KeyId(role):x8}+{Convert.ToBase64String([.. SignatureTypes.Of(Algorithm, role), .. PublicKey])}";

    /// <summary>Does this signature line carry this key's valid signature of the note text?</summary>
    public bool VerifiesNote(string noteText, NoteSignature line) =>
        line.KeyName == Name && line.KeyId == KeyId(SignatureTypes.Role.Note) && Verify(System.Text.Encoding.UTF8.GetBytes(noteText), line.Signature);

    /// <summary>The time of this key's valid cosignature/v1 of the note text on this line, or null.</summary>
    public DateTimeOffset? VerifiesCosignature(string noteText, NoteSignature line)
    {
        if (line.KeyName != Name || line.KeyId != KeyId(SignatureTypes.Role.Cosignature) || Cosignatures.Split(line.Signature) is not { } parts)
        {
            return null;
        }

        return Verify(Cosignatures.Message(parts.Timestamp, noteText), parts.Signature) ? DateTimeOffset.FromUnixTimeSeconds((long)parts.Timestamp) : null;
    }

    public bool Verify(byte[] message, byte[] signature)
    {
        try
        {
            return Algorithm == SignatureAlgorithm.Sm2 ? Sm2.Verify(PublicKey, message, signature) : Ed25519.Verify(PublicKey, message, signature);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or Org.BouncyCastle.Crypto.CryptoException)
        {
            return false;
        }
    }

    /// <summary>"name+sm2+hex" or "name+ed25519+hex", as configured for witnesses.</summary>
    public override string ToString() => $"{Name}+{Algorithm.ToString().ToLowerInvariant()}+{Convert.ToHexStringLower(PublicKey)}";

    public static VerifierKey Parse(string text)
    {
        var (name, algorithm, key) = KeyText.Parse(text);
        return new VerifierKey(name, algorithm, key);
    }
}

/// <summary>Keys as text: "name+sm2|ed25519+hex".</summary>
internal static class KeyText
{
    public static (string Name, SignatureAlgorithm Algorithm, byte[] Key) Parse(string text)
    {
        var parts = text.Trim().Split('+');
        if (parts.Length != 3 || !KeyNames.IsValid(parts[0]) || !Enum.TryParse<SignatureAlgorithm>(parts[1], ignoreCase: true, out var algorithm))
        {
            throw new FormatException("a key is written name+sm2|ed25519+hex");
        }

        return (parts[0], algorithm, Convert.FromHexString(parts[2]));
    }
}

/// <summary>A private key that signs checkpoints (the log) or cosigns them (a witness).</summary>
public sealed class SignerKey
{
    private readonly byte[] _private;

    private SignerKey(string name, SignatureAlgorithm algorithm, byte[] privateKey, byte[] publicKey)
    {
        _private = privateKey;
        Public = new VerifierKey(name, algorithm, publicKey);
    }

    public VerifierKey Public { get; }

    public static SignerKey Generate(string name, SignatureAlgorithm algorithm) => algorithm == SignatureAlgorithm.Sm2
        ? FromPrivate(name, algorithm, Sm2.NewPrivateKey())
        : FromPrivate(name, algorithm, RandomNumberGenerator.GetBytes(32));

    public static SignerKey FromPrivate(string name, SignatureAlgorithm algorithm, byte[] privateKey) =>
        new(name, algorithm, privateKey, algorithm == SignatureAlgorithm.Sm2 ? Sm2.PublicOf(privateKey) : Ed25519.PublicOf(privateKey));

    /// <summary>"name+algorithm+hex(private)": what a key file holds (kept outside the database, mode 0600).</summary>
    public string ExportPrivate() => $"{Public.Name}+{Public.Algorithm.ToString().ToLowerInvariant()}+{Convert.ToHexStringLower(_private)}";

    public static SignerKey ImportPrivate(string text)
    {
        var (name, algorithm, key) = KeyText.Parse(text);
        return FromPrivate(name, algorithm, key);
    }

    /// <summary>The log's signature of a checkpoint's note text.</summary>
    public NoteSignature Sign(Checkpoint checkpoint) => new(Public.Name, Public.KeyId(SignatureTypes.Role.Note), Sign(checkpoint.BodyBytes));

    /// <summary>A witness's cosignature/v1 of a checkpoint at the given time (c2sp.org/tlog-cosignature).</summary>
    public NoteSignature Cosign(Checkpoint checkpoint, DateTimeOffset time)
    {
        var timestamp = checked((ulong)time.ToUnixTimeSeconds());
        var signature = Sign(Cosignatures.Message(timestamp, checkpoint.Body));
        return new NoteSignature(Public.Name, Public.KeyId(SignatureTypes.Role.Cosignature), Cosignatures.Join(timestamp, signature));
    }

    public byte[] Sign(byte[] message) => Public.Algorithm == SignatureAlgorithm.Sm2 ? Sm2.Sign(_private, message) : Ed25519.Sign(_private, message);
}

/// <summary>SM2 over sm2p256v1 with SM3 and the standard default user id (GB/T 32918), via BouncyCastle.</summary>
internal static class Sm2
{
    private static readonly ECDomainParameters Domain = new(GMNamedCurves.GetByName("sm2p256v1"));

    public static byte[] NewPrivateKey()
    {
        var random = new SecureRandom();
        BigInteger d;
        do
        {
            d = new BigInteger(256, random);
        }
        while (d.SignValue == 0 || d.CompareTo(Domain.N.Subtract(BigInteger.Two)) >= 0);

        return d.ToByteArrayUnsigned();
    }

    public static byte[] PublicOf(byte[] privateKey) => Domain.G.Multiply(new BigInteger(1, privateKey)).Normalize().GetEncoded(false);

    public static byte[] Sign(byte[] privateKey, byte[] message)
    {
        var signer = new SM2Signer();
        signer.Init(true, new ParametersWithRandom(new ECPrivateKeyParameters(new BigInteger(1, privateKey), Domain), new SecureRandom()));
        signer.BlockUpdate(message, 0, message.Length);
        return signer.GenerateSignature();
    }

    public static bool Verify(byte[] publicKey, byte[] message, byte[] signature)
    {
        var signer = new SM2Signer();
        signer.Init(false, new ECPublicKeyParameters(Domain.Curve.DecodePoint(publicKey), Domain));
        signer.BlockUpdate(message, 0, message.Length);
        return signer.VerifySignature(signature);
    }
}

internal static class Ed25519
{
    public static byte[] PublicOf(byte[] privateKey) => new Ed25519PrivateKeyParameters(privateKey).GeneratePublicKey().GetEncoded();

    public static byte[] Sign(byte[] privateKey, byte[] message)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, new Ed25519PrivateKeyParameters(privateKey));
        signer.BlockUpdate(message, 0, message.Length);
        return signer.GenerateSignature();
    }

    public static bool Verify(byte[] publicKey, byte[] message, byte[] signature)
    {
        var signer = new Ed25519Signer();
        signer.Init(false, new Ed25519PublicKeyParameters(publicKey));
        signer.BlockUpdate(message, 0, message.Length);
        return signer.VerifySignature(signature);
    }
}
