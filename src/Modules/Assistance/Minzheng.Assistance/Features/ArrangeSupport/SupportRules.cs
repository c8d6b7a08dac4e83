using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Features.AdvanceCase;
using Minzheng.Kernel.Identity;
using Minzheng.Kernel.Money;
using Minzheng.Platform.Errors;

namespace Minzheng.Assistance.Features.ArrangeSupport;

/// <summary>The checked values of a <see cref="SupportRequest"/>: what is kept for the mode, the rest dropped.</summary>
internal sealed record SupportValues(SupportMode Mode, string? Institution, string? CarerName, string? CarerIdNumber, string? CarerBankName, string? CarerAccount,
    DateOnly? TermFrom, DateOnly? TermTo, long CareFeeFen);

/// <summary>
/// 集中供养 needs the institution. 分散供养 needs the 委托照料护理协议: the carer (a name, a valid ID number, a bank and an
/// account of 12–30 digits; that the carer is not the supported person the handler checks against the registry), a term of at most <see cref="MaxTermYears"/> years that has
/// not ended, and a care fee above 0 and not above the care standard decided for the case (the 照料护理 part of its amount).
/// </summary>
internal static class SupportRules
{
    public const int MaxTermYears = 3;

    public static SupportValues Check(SupportRequest r, long careStandardFen, DateOnly today)
    {
        if (r.Mode is not { } mode || !Enum.IsDefined(mode))
        {
            throw new InputValidationException("mode", "请选择供养方式：分散供养或集中供养");
        }

        var errors = new FieldErrors();
        if (mode == SupportMode.Centralised)
        {
            var institution = r.Institution?.Trim() ?? string.Empty;
            errors.Add("institution", institution.Length is < 2 or > 50 ? "请填写供养机构名称（2–50 字）" : null);
            errors.ThrowIfAny();
            return new SupportValues(mode, institution, null, null, null, null, null, null, 0);
        }

        var name = r.CarerName?.Trim() ?? string.Empty;
        errors.Add("carerName", name.Length is < 2 or > 20 ? "请填写照料人姓名（2–20 字）" : null);
        string? id = null;
        if (!IdNumber.TryParse(r.CarerIdNumber, today, out var parsed, out var failure))
        {
            errors.Add("carerIdNumber", $"照料人身份证号：{failure.Message}");
        }
        else
        {
            id = parsed.Value;
        }

        var bank = r.CarerBankName?.Trim() ?? string.Empty;
        errors.Add("carerBankName", bank.Length is < 2 or > 50 ? "请填写照料人开户银行（2–50 字）" : null);
        errors.Add("carerAccount", BankAccountNumber.IsValid(r.CarerAccount) ? null : BankAccountNumber.Rule);
        if (r.TermFrom is not { } from || r.TermTo is not { } to || to < from)
        {
            errors.Add("termTo", "请填写协议期限（起止日期，止日不早于起日）");
        }
        else if (to > from.AddYears(MaxTermYears))
        {
            errors.Add("termTo", $"协议期限最长 {MaxTermYears} 年，期满续签");
        }
        else if (to < today)
        {
            errors.Add("termTo", "协议已到期，请登记续签后的协议");
        }

        long fee = 0;
        if (r.CareFeeYuan is not { } yuan || YuanInput.Fen(yuan, "careFeeYuan", "照料护理费", errors) is not { } fen)
        {
            errors.Add("careFeeYuan", r.CareFeeYuan is null ? "请填写每月照料护理费（元）" : null);
        }
        else if (fen <= 0 || fen > careStandardFen)
        {
            errors.Add("careFeeYuan", $"照料护理费须大于 0，且不超过本案认定的照料护理标准 {new Money(careStandardFen)}/月");
        }
        else
        {
            fee = fen;
        }

        errors.ThrowIfAny();
        return new SupportValues(mode, null, name, id, bank, r.CarerAccount!.Trim(), r.TermFrom, r.TermTo, fee);
    }
}
