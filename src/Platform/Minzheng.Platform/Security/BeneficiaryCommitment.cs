using System.Security.Cryptography;
using System.Text;

namespace Minzheng.Platform.Security;

/// <summary>
/// How a person appears on the ledger: SM3(salt ‖ ID number), with a fresh 16-byte salt. The beneficiary, holding the salt
/// from their receipt and their ID number, can recompute it; nobody else learns who it is.
/// </summary>
public sealed record BeneficiaryCommitment(string SaltHex, string CommitmentHex)
{
    public const int SaltSize = 16;

    public static BeneficiaryCommitment Create(string idNumber) => Create(idNumber, RandomNumberGenerator.GetBytes(SaltSize));

    /// <summary>With a salt of <see cref="SaltSize"/> fresh random bytes the caller drew (many at once, for a payroll).</summary>
    public static BeneficiaryCommitment Create(string idNumber, ReadOnlySpan<byte> salt)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(salt.Length, SaltSize);
        return new BeneficiaryCommitment(Convert.ToHexStringLower(salt), Compute(salt, idNumber));
    }

    public static string Compute(ReadOnlySpan<byte> salt, string idNumber) =>
        Sm3Checksum.Hex([.. salt, .. Encoding.UTF8.GetBytes(idNumber.Trim().ToUpperInvariant())]);
}
