using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace Minzheng.Platform.Security;

/// <summary>
/// Protects sensitive fields (ID number, phone, bank account): SM4-GCM for storage, and a keyed
/// HMAC-SM3 blind index so that an exact value can be found without decrypting every row.
/// </summary>
public sealed class FieldProtector(ProtectionKeys keys) : IDisposable
{
    private const int NonceSize = 12;
    private const int TagBits = 128;

    // One decrypting cipher per thread, keyed once: the key schedule and GCM's multiplication table cost more than
    // decrypting a field, and a payroll decrypts millions. Later inits pass only the nonce (a null key keeps the key).
    private readonly ThreadLocal<GcmBlockCipher> decryptors = new(() => NewCipher(keys.EncryptionKey, forEncryption: false, new byte[NonceSize]));

    /// <summary>Base64 of nonce ‖ ciphertext ‖ tag.</summary>
    public string Encrypt(string plaintext)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var cipher = NewCipher(keys.EncryptionKey, forEncryption: true, nonce);
        var input = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + cipher.GetOutputSize(input.Length)];
        nonce.CopyTo(output, 0);
        var len = cipher.ProcessBytes(input, 0, input.Length, output, NonceSize);
        cipher.DoFinal(output, NonceSize + len);
        return Convert.ToBase64String(output);
    }

    public string Decrypt(string protectedValue)
    {
        var data = Convert.FromBase64String(protectedValue);
        var cipher = decryptors.Value!;
        cipher.Init(false, new AeadParameters(null, TagBits, data.AsSpan(0, NonceSize).ToArray()));
        var output = new byte[cipher.GetOutputSize(data.Length - NonceSize)];
        var len = cipher.ProcessBytes(data, NonceSize, data.Length - NonceSize, output, 0);
        len += cipher.DoFinal(output, len);
        return Encoding.UTF8.GetString(output, 0, len);
    }

    /// <summary>
    /// SM4-GCM over a block of bytes (a chunk of a stored file), bound to what it belongs to by associated data that is
    /// authenticated but not stored: nonce ‖ ciphertext ‖ tag. A chunk moved to another file or position fails to open.
    /// </summary>
    public byte[] Seal(ReadOnlySpan<byte> plain, ReadOnlySpan<byte> associated)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var cipher = NewCipher(keys.EncryptionKey, forEncryption: true, nonce);
        cipher.ProcessAadBytes(associated);
        var output = new byte[NonceSize + cipher.GetOutputSize(plain.Length)];
        nonce.CopyTo(output, 0);
        var len = cipher.ProcessBytes(plain, output.AsSpan(NonceSize));
        cipher.DoFinal(output.AsSpan(NonceSize + len));
        return output;
    }

    /// <summary>Opens what <see cref="Seal"/> made; throws <see cref="CryptographicException"/> when it was altered or misplaced.</summary>
    public byte[] Open(ReadOnlySpan<byte> sealedBytes, ReadOnlySpan<byte> associated)
    {
        if (sealedBytes.Length < NonceSize + (TagBits / 8))
        {
            throw new CryptographicException("sealed chunk too short");
        }

        var cipher = decryptors.Value!;
        cipher.Init(false, new AeadParameters(null, TagBits, sealedBytes[..NonceSize].ToArray()));
        cipher.ProcessAadBytes(associated);
        var output = new byte[cipher.GetOutputSize(sealedBytes.Length - NonceSize)];
        try
        {
            var len = cipher.ProcessBytes(sealedBytes[NonceSize..], output);
            len += cipher.DoFinal(output.AsSpan(len));
            return len == output.Length ? output : output[..len];
        }
        catch (Org.BouncyCastle.Crypto.InvalidCipherTextException e)
        {
            throw new CryptographicException("sealed chunk failed authentication", e);
        }
    }

    /// <summary>Hex HMAC-SM3 of the normalised value; the same input always gives the same index.</summary>
    public string BlindIndex(string value)
    {
        var mac = new HMac(new SM3Digest());
        mac.Init(new KeyParameter(keys.IndexKey));
        var input = Encoding.UTF8.GetBytes(value.Trim().ToUpperInvariant());
        mac.BlockUpdate(input, 0, input.Length);
        var result = new byte[mac.GetMacSize()];
        mac.DoFinal(result, 0);
        return Convert.ToHexStringLower(result);
    }

    private static GcmBlockCipher NewCipher(byte[] key, bool forEncryption, byte[] nonce)
    {
        var cipher = new GcmBlockCipher(new SM4Engine());
        cipher.Init(forEncryption, new AeadParameters(new KeyParameter(key), TagBits, nonce));
        return cipher;
    }

    /// <summary>Drops the per-thread ciphers (the container disposes the singleton at shutdown).</summary>
    public void Dispose() => decryptors.Dispose();
}
