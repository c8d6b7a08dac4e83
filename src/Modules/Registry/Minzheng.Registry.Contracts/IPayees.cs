namespace Minzheng.Registry.Contracts;

/// <summary>The protected fields a payroll step needs in clear: each step asks for the least it uses.</summary>
[Flags]
public enum PayeeFields
{
    None = 0,

    /// <summary>The head's ID number (the beneficiary commitment at approval).</summary>
    IdNumber = 1,

    /// <summary>The household's bank account (the bank file).</summary>
    BankAccount = 2,
}

/// <summary>
/// Who is paid for a household: the head's name, the bank and whether an account is registered; the head's ID number and
/// the account unmasked only when asked for (null otherwise). <see cref="SealedBankAccount"/> is the account as the registry
/// keeps it, encrypted: a payroll keeps it with an approved payment, so that the bank file pays the account the approver
/// approved, and opens it only through <see cref="IPayees.OpenAccountsAsync"/>.
/// </summary>
public sealed record Payee(Guid HouseholdId, string HeadName, string? HeadIdNumber, string? BankName, string? BankAccount, bool HasBankAccount, string? SealedBankAccount = null);

/// <summary>
/// Payees for payroll (commitments on the ledger, bank files): within the current user's regions; every call is written
/// to the audit trail with its purpose, the fields revealed and the number of households.
/// </summary>
public interface IPayees
{
    Task<IReadOnlyDictionary<Guid, Payee>> ForPaymentAsync(IReadOnlyCollection<Guid> householdIds, PayeeFields reveal, string purpose, CancellationToken ct = default);

    /// <summary>Opens sealed accounts (<see cref="Payee.SealedBankAccount"/>) in their order, audited like a reveal of accounts.</summary>
    Task<IReadOnlyList<string>> OpenAccountsAsync(IReadOnlyList<string> sealedAccounts, string purpose, CancellationToken ct = default);
}
