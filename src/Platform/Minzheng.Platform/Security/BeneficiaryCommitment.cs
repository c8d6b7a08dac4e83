using System.Security.Cryptography;
using System.Text;

namespace Minzheng.Platform.Security;

/// <summary>
/// How a person appears on the ledger: SM3(salt ‖ ID number), with a fresh 16-byte salt. The beneficiary, holding the salt
/// from their receipt and their ID number, can recompute it; nobody else learns who it is.
/// </summary>
public sealed record BeneficiaryCommitment(string SaltHex, string CommitmentHex)
{
    public static BeneficiaryCommitment Create(string idNumber)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return new BeneficiaryCommitment(Convert.ToHexStringLower(salt), Compute(salt, idNumber));
    }

    public static string Compute(byte[] salt, string idNumber) =>
        Sm3Checksum.Hex([.. salt, .. Encoding.UTF8.GetBytes(idNumber.Trim().ToUpperInvariant())]);
}
