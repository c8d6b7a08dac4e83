using Minzheng.Assistance.Domain.Cases;

namespace Minzheng.Assistance.Features.ArrangeSupport;

/// <summary>
/// 供养方式 as the town records it: 集中 with the institution, or 分散 with the 委托照料护理协议 — the carer's name, ID number,
/// bank and account, the agreement's term and the monthly care fee (元) — and the case version the user saw.
/// </summary>
internal sealed record SupportRequest(SupportMode? Mode, string? Institution, string? CarerName, string? CarerIdNumber, string? CarerBankName, string? CarerAccount,
    DateOnly? TermFrom, DateOnly? TermTo, decimal? CareFeeYuan, int? Version);

/// <summary>The arrangement as the case page shows it: nothing unmasked.</summary>
public sealed record SupportView(SupportMode Mode, string ModeName, string? Institution, string? CarerName, string? CarerIdMasked, string? CarerBankName, string? CarerAccountMasked,
    DateOnly? TermFrom, DateOnly? TermTo, long CareFeeFen, long CareStandardFen, string RecordedBy, DateTime RecordedAtUtc);
