using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;

namespace Minzheng.Platform.Security;

/// <summary>
/// PBKDF2 over HMAC-SM3 with a random 16-byte salt, stored as "sm3pbkdf2$iterations$salt$hash"
/// (商用密码 instead of the framework's PBKDF2-SHA512).
/// </summary>
internal sealed class Sm3PasswordHasher<TUser>(int iterations = Sm3PasswordHasher<TUser>.DefaultIterations) : IPasswordHasher<TUser>
    where TUser : class
{
    public const int DefaultIterations = 50_000;
    private const string Scheme = "sm3pbkdf2";

    public string HashPassword(TUser user, string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Derive(password, salt, iterations);
        return $"{Scheme}${iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public PasswordVerificationResult VerifyHashedPassword(TUser user, string hashedPassword, string providedPassword)
    {
        var parts = hashedPassword.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], out var iter) || iter < 1)
        {
            return PasswordVerificationResult.Failed;
        }

        var expected = Convert.FromBase64String(parts[3]);
        var actual = Derive(providedPassword, Convert.FromBase64String(parts[2]), iter);
        if (!CryptographicOperations.FixedTimeEquals(expected, actual))
        {
            return PasswordVerificationResult.Failed;
        }

        return iter < iterations ? PasswordVerificationResult.SuccessRehashNeeded : PasswordVerificationResult.Success;
    }

    internal static byte[] Derive(string password, byte[] salt, int iterations)
    {
        var generator = new Pkcs5S2ParametersGenerator(new SM3Digest());
        generator.Init(System.Text.Encoding.UTF8.GetBytes(password), salt, iterations);
        return ((KeyParameter)generator.GenerateDerivedMacParameters(256)).GetKey();
    }
}
