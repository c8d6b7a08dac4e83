using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.Assistance.Domain.Cases;

/// <summary>特困供养's form (work point 10): at home (分散供养) with a carer, or in an institution (集中供养).</summary>
public enum SupportMode
{
    Dispersed = 0,
    Centralised = 1,
}

/// <summary>
/// How a 特困 person is supported: 集中供养 in a named institution, or 分散供养 at home under a 委托照料护理协议 — the carer
/// (name, ID number, bank account, both kept encrypted), the agreement's term and the monthly care fee, which the payroll
/// pays to the carer for each month the term covers instead of to the household. One per case; changes are audited. A
/// move to 集中供养 keeps the last carer (fee 0), so that a care payment the bank returned is re-issued to its carer.
/// </summary>
internal sealed class SupportArrangement : IAudited, IRegionOwned
{
    public Guid CaseId { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    public SupportMode Mode { get; set; }

    /// <summary>集中供养: the institution (敬老院, 福利院, 供养服务机构).</summary>
    public string? Institution { get; set; }

    public string? CarerName { get; set; }

    [ProtectedField]
    public string? CarerIdCipher { get; set; }

    public string? CarerIdMasked { get; set; }

    public string? CarerBankName { get; set; }

    /// <summary>The carer's account as the payroll keeps a payee's: encrypted (FieldProtector), opened only for the bank file.</summary>
    [ProtectedField]
    public string? CarerAccountSealed { get; set; }

    public string? CarerAccountMasked { get; set; }

    public DateOnly? TermFrom { get; set; }

    public DateOnly? TermTo { get; set; }

    /// <summary>The monthly care fee paid to the carer (fen); 0 for 集中供养.</summary>
    public long CareFeeFen { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    public DateTime RecordedAtUtc { get; set; }

    string IAudited.AuditId => CaseId.ToString();

    string? IAudited.AuditRegion => RegionCode;
}
