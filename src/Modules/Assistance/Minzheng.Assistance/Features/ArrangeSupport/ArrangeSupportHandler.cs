using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Assistance.Features.Shared;
using Minzheng.Kernel.Money;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;
using Minzheng.Platform.Security;
using Minzheng.Registry.Contracts;

namespace Minzheng.Assistance.Features.ArrangeSupport;

/// <summary>
/// The town records how a 特困 person in its care is supported (work point 10): 集中 in an institution, or 分散 at home with
/// the 委托照料护理协议, whose care fee the payroll then pays to the carer named in it. Kept with the case (the carer's ID
/// number and account encrypted), the change on the case's timeline; the case's version moves so the month's payroll is
/// prepared again.
/// </summary>
internal sealed class ArrangeSupportHandler(AssistanceDbContext db, IPersonDirectory persons, FieldProtector protector, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, SupportRequest request, CancellationToken ct = default)
    {
        var c = await db.CaseAsync(caseId, ct);
        if (!db.User.IsInRole(Roles.TownCaseWorker) || !db.User.Allows(c.RegionCode))
        {
            throw new ForbiddenException("供养方式由乡镇（街道）经办人员登记");
        }

        c.ArrangeSupport(request.Version);
        var today = clock.Today();
        var values = SupportRules.Check(request, ArrangeSupport.CareStandard.Of(c.ExplanationJson), today);
        if (values.CarerIdNumber is { } id && (await persons.FindByIdNumbersAsync([id], ct)).TryGetValue(id, out var carer) && IsSupported(c, carer))
        {
            throw new InputValidationException("carerIdNumber", "照料人不能是特困人员本人");
        }

        var arrangement = await db.SupportArrangements.FirstOrDefaultAsync(a => a.CaseId == c.Id, ct);
        if (arrangement is null)
        {
            arrangement = new SupportArrangement { CaseId = c.Id, RegionCode = c.RegionCode };
            db.SupportArrangements.Add(arrangement);
        }

        arrangement.Mode = values.Mode;
        arrangement.Institution = values.Institution;
        arrangement.CareFeeFen = values.CareFeeFen;
        // Moving to 集中供养 keeps the last carer: a care payment the bank returned is re-issued to whom it was owed.
        if (values.Mode == SupportMode.Dispersed)
        {
            arrangement.CarerName = values.CarerName;
            arrangement.CarerIdCipher = protector.Encrypt(values.CarerIdNumber!);
            arrangement.CarerIdMasked = Masking.IdNumber(values.CarerIdNumber!);
            arrangement.CarerBankName = values.CarerBankName;
            arrangement.CarerAccountSealed = protector.Encrypt(values.CarerAccount!);
            arrangement.CarerAccountMasked = Masking.BankAccount(values.CarerAccount!);
            arrangement.TermFrom = values.TermFrom;
            arrangement.TermTo = values.TermTo;
        }
        arrangement.RecordedBy = db.User.UserName;
        arrangement.RecordedAtUtc = clock.GetUtcNow().UtcDateTime;

        db.AddEvent(c, arrangement.RecordedAtUtc, "登记供养方式", values.Mode == SupportMode.Centralised
            ? $"集中供养：{values.Institution}"
            : $"分散供养：委托 {Masking.Name(values.CarerName!)} 照料护理，协议期 {values.TermFrom:yyyy-MM-dd} 至 {values.TermTo:yyyy-MM-dd}，照料护理费 {new Money(values.CareFeeFen)}/月按协议支付给照料人");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new BusinessRuleException("案件刚刚已被他人办理，请刷新后查看");
        }
    }

    /// <summary>The carer is the person the case supports: the 特困 person (or, in a household case, a member it covers).</summary>
    private static bool IsSupported(AssistanceCase c, PersonSnapshot carer) =>
        c.PersonId is { } person ? carer.Id == person : carer.HouseholdId == c.HouseholdId && CoveredPersons.Covers(c, carer.Id);

    /// <summary>The arrangement in force as the case page shows it (a 集中 one without the former carer).</summary>
    public static SupportView? View(SupportArrangement? a, string? explanationJson)
    {
        if (a is null)
        {
            return null;
        }

        var dispersed = a.Mode == SupportMode.Dispersed;
        return new(a.Mode, dispersed ? "分散供养" : "集中供养", a.Institution, dispersed ? a.CarerName : null, dispersed ? a.CarerIdMasked : null,
            dispersed ? a.CarerBankName : null, dispersed ? a.CarerAccountMasked : null, dispersed ? a.TermFrom : null, dispersed ? a.TermTo : null,
            a.CareFeeFen, CareStandard.Of(explanationJson), a.RecordedBy, a.RecordedAtUtc);
    }
}
