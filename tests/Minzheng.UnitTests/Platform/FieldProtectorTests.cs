using System.Security.Cryptography;
using Minzheng.Platform.Security;
using Org.BouncyCastle.Crypto.Digests;

namespace Minzheng.UnitTests.Platform;

public class FieldProtectorTests
{
    private static ProtectionKeys NewKeys() => new(RandomNumberGenerator.GetBytes(16), RandomNumberGenerator.GetBytes(16));

    [Fact]
    public void SM3_matches_the_standards_example()
    {
        // GB/T 32905-2016 Appendix A.1: SM3("abc").
        var digest = new SM3Digest();
        var input = "abc"u8.ToArray();
        digest.BlockUpdate(input, 0, input.Length);
        var output = new byte[32];
        digest.DoFinal(output, 0);
        Assert.Equal("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0", Convert.ToHexStringLower(output));
    }

    [Fact]
    public void Encrypts_with_a_fresh_nonce_and_decrypts_back()
    {
        var p = new FieldProtector(NewKeys());
        var a = p.Encrypt("11010519491231002X");
        var b = p.Encrypt("11010519491231002X");
        Assert.NotEqual(a, b);
        Assert.DoesNotContain("11010519491231002X", a, StringComparison.Ordinal);
        Assert.Equal("11010519491231002X", p.Decrypt(a));
    }

    [Fact]
    public void A_tampered_ciphertext_or_another_key_is_refused()
    {
        var p = new FieldProtector(NewKeys());
        var bytes = Convert.FromBase64String(p.Encrypt("13800138000"));
        bytes[^1] ^= 1;
        Assert.ThrowsAny<Exception>(() => p.Decrypt(Convert.ToBase64String(bytes)));
        Assert.ThrowsAny<Exception>(() => new FieldProtector(NewKeys()).Decrypt(p.Encrypt("13800138000")));
    }

    [Fact]
    public void Decrypts_on_many_threads_at_once_and_after_a_refused_value()
    {
        // Each thread reuses its keyed cipher: a refused value must not spoil the next, nor one thread another's.
        var p = new FieldProtector(NewKeys());
        var values = Enumerable.Range(0, 2_000).Select(i => $"62170000{i:D11}").ToArray();
        var sealedValues = values.Select(p.Encrypt).ToArray();
        var tampered = Convert.FromBase64String(sealedValues[0]);
        tampered[^1] ^= 1;
        var opened = new string[values.Length];
        Parallel.For(0, values.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            if (i % 100 == 0)
            {
                Assert.ThrowsAny<Exception>(() => p.Decrypt(Convert.ToBase64String(tampered)));
            }

            opened[i] = p.Decrypt(sealedValues[i]);
        });
        Assert.Equal(values, opened);
        Assert.ThrowsAny<Exception>(() => new FieldProtector(NewKeys()).Decrypt(sealedValues[1])); // a cached cipher is per key
    }

    [Fact]
    public void The_blind_index_is_stable_case_blind_and_keyed()
    {
        var keys = NewKeys();
        var p = new FieldProtector(keys);
        Assert.Equal(p.BlindIndex("11010519491231002X"), new FieldProtector(keys).BlindIndex(" 11010519491231002x"));
        Assert.NotEqual(p.BlindIndex("11010519491231002X"), new FieldProtector(NewKeys()).BlindIndex("11010519491231002X"));
        Assert.Equal(64, p.BlindIndex("x").Length);
    }

    [Fact]
    public void The_key_file_is_created_once_readable_by_the_owner_only()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "keys", "field.key");
        var first = ProtectionKeys.LoadOrCreateFile(path);
        var again = ProtectionKeys.LoadOrCreateFile(path);
        Assert.Equal(new FieldProtector(first).BlindIndex("a"), new FieldProtector(again).BlindIndex("a"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("abcd")]
    [InlineData("00112233445566778899aabbccddeeff")]
    public void A_malformed_key_text_is_refused(string text) => Assert.ThrowsAny<Exception>(() => ProtectionKeys.FromText(text));
}
