using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.Assistance.Domain.Payroll;

internal enum PayrollStatus
{
    Prepared,
    Approved,

    /// <summary>造册 in progress as a background job (<see cref="PayrollRun.Progress"/>); a crashed one is started again.</summary>
    Preparing,
}

/// <summary>
/// A month's payroll of one programme in one town (造册): prepared by one user, approved by another, then exported to
/// the banks. One per (programme, town, month); preparing again before approval adds only what is missing.
/// </summary>
internal sealed class PayrollRun : IAudited, IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Programme { get; set; } = "dibao";

    /// <summary>The town (9 digits): also the region the run belongs to.</summary>
    [RegionKey]
    public string TownCode { get; set; } = string.Empty;

    /// <summary>YYYY-MM.</summary>
    public string Month { get; set; } = string.Empty;

    public PayrollStatus Status { get; set; }

    /// <summary>Percent done while <see cref="PayrollStatus.Preparing"/>.</summary>
    public int Progress { get; set; }

    /// <summary>Why the last preparation stopped, when it failed (it may be started again).</summary>
    public string? PrepareError { get; set; }

    /// <summary>What the last completed preparation read (<c>Features.Payroll.PayrollFingerprint</c>): unchanged, a re-run has nothing to do.</summary>
    public string? Fingerprint { get; set; }

    public int Payments { get; set; }

    public long TotalFen { get; set; }

    public string PreparedBy { get; set; } = string.Empty;

    public DateTime PreparedAtUtc { get; set; }

    public string? ApprovedBy { get; set; }

    public DateTime? ApprovedAtUtc { get; set; }

    public int Version { get; set; }

    string IAudited.AuditId => Id.ToString();

    string? IAudited.AuditRegion => TownCode;
}
