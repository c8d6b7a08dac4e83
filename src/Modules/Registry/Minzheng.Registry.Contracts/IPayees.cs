namespace Minzheng.Registry.Contracts;

/// <summary>Who is paid for a household: the head's name and ID number and the household's bank account, unmasked.</summary>
public sealed record Payee(Guid HouseholdId, string HeadName, string HeadIdNumber, string? BankName, string? BankAccount);

/// <summary>
/// Payees for payroll (commitments on the ledger, bank files): within the current user's regions; every call is written
/// to the audit trail with its purpose and the number of households.
/// </summary>
public interface IPayees
{
    Task<IReadOnlyDictionary<Guid, Payee>> ForPaymentAsync(IReadOnlyCollection<Guid> householdIds, string purpose, CancellationToken ct = default);
}
