using Minzheng.Platform.Access;
namespace Minzheng.Assistance.Domain.Payroll;

internal enum PaymentStatus
{
    /// <summary>In a prepared run, not yet approved.</summary>
    Pending,

    /// <summary>Approved: on the bank file and on the ledger.</summary>
    Approved,

    Paid,

    /// <summary>Returned by the bank; re-issued by a later run of the same town.</summary>
    Failed,
}

/// <summary>
/// One payment per (beneficiary, programme, month), whatever is re-run, resumed or crashed: a unique index says so. A
/// failed payment is not paid twice either: a later run takes the same row back (attempt + 1).
/// </summary>
internal sealed class Payment : IRegionOwned
{
    /// <summary>Time-ordered (UUID version 7), as the preparation's INSERT makes them: a run's payments sit together in every index on the key.</summary>
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RunId { get; set; }

    public Guid CaseId { get; set; }

    public string CaseNumber { get; set; } = string.Empty;

    public Guid HouseholdId { get; set; }

    /// <summary>Who the entitlement is for: the household, or the person of a disability subsidy. Unique with programme and month.</summary>
    public Guid BeneficiaryId { get; set; }

    public string HouseholdNumber { get; set; } = string.Empty;

    public string RegionCode { get; set; } = string.Empty;

    public string Programme { get; set; } = "dibao";

    /// <summary>The month the benefit is for (YYYY-MM), not the month it is paid in.</summary>
    public string Month { get; set; } = string.Empty;

    public long AmountFen { get; set; }

    public string? BankName { get; set; }

    /// <summary>The head's name as approved: the bank file's 户主姓名.</summary>
    public string? PayeeName { get; set; }

    /// <summary>The account approved, encrypted as the registry keeps it (Registry.Contracts.Payee.SealedBankAccount): the bank file pays
    /// this account, not one registered after the approval. Null for payments approved before it was kept.</summary>
    public string? SealedBankAccount { get; set; }

    public PaymentStatus Status { get; set; }

    public int Attempt { get; set; } = 1;

    public string? FailureReason { get; set; }

    /// <summary>
    /// The village while the payment waits to be re-issued (<see cref="PaymentStatus.Failed"/>: returned by the bank, or no
    /// account at approval), null otherwise: the next run of its town finds it by this. Kept apart from the status so that
    /// approving a payment changes no indexed column and PostgreSQL rewrites it in place (a HOT update, no index touched).
    /// </summary>
    public string? ReissueRegionCode { get; set; }

    /// <summary>Hex of 16 random bytes; with the head's ID number it opens <see cref="Commitment"/>. Given to the beneficiary only.</summary>
    public string? Salt { get; set; }

    /// <summary>SM3(salt ‖ ID number), the only trace of the person on the ledger.</summary>
    public string? Commitment { get; set; }
}
