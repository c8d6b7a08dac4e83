using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Assistance.Features.Shared;
using Minzheng.Kernel.Calendar;
using Minzheng.Kernel.Money;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Outbox;

namespace Minzheng.Assistance.Features.AdvanceCase;

/// <summary>
/// Takes one step of the workflow: the right role, from the right status (else 409 in Chinese), with the step's record;
/// the case's version guards against two people deciding at once (exactly one wins). Decisions go to the outbox.
/// </summary>
internal sealed class AdvanceHandler(AssistanceDbContext db, Investigation investigation, CaseDeadlines deadlines, ReviewSchedule schedule, TimeProvider clock)
{
    public async Task<AssistanceCase> HandleAsync(Guid caseId, AdvanceRequest request, CancellationToken ct = default)
    {
        var c = await db.CaseAsync(caseId, ct);
        if (request.Action is not { } action)
        {
            throw new InputValidationException("action", "请选择要执行的操作");
        }

        var role = CaseWorkflow.Role(action, await deadlines.TownApprovesAsync(c, clock.Today(), ct));
        if (!db.User.IsInRole(role) || !db.User.Allows(c.RegionCode))
        {
            throw new ForbiddenException($"“{CaseLabels.Of(action)}”须由{Minzheng.Platform.Identity.Roles.DisplayName(role)}办理");
        }

        c.EnsureCanTake(action, request.Version);

        var today = clock.Today();
        var now = clock.GetUtcNow().UtcDateTime;
        var note = request.Note?.Trim();
        switch (action)
        {
            case CaseAction.RecordVerification:
                c.VerificationNote = Required(note, "note", "请填写核对结果");
                break;
            case CaseAction.RecordInvestigation:
                c.InvestigationNote = Required(note, "note", "请填写入户调查情况");
                await investigation.RecordAsync(c, request.Incomes ?? [], request.Assessment, today, ct);
                note = Join(note, c.CoveredMembers == 0
                    ? "经认定不符合任何救助类别"
                    : $"{(c.HouseholdEdge ? "认定为低保边缘家庭，其中单人保" : "认定为" + ProgrammeLabels.Brief(c.Programme))}，覆盖 {c.CoveredMembers} 人{(ProgrammeLabels.PaidByPayroll(c.Programme) ? $"，每月 {new Money(c.MonthlyAmountFen ?? 0)}" : "")}");
                break;
            case CaseAction.TownApprove:
                if (c.CoveredMembers == 0 || (ProgrammeLabels.PaidByPayroll(c.Programme) && c.MonthlyAmountFen is not > 0))
                {
                    throw new BusinessRuleException("经认定不符合特困、低保、低保边缘、刚性支出困难任何类别（核算金额为 0），请作初审不通过处理");
                }

                var days = await deadlines.IntAsync("dibao.publicity_days", c.RegionCode, today, ct);
                c.PublicityEndsOn = today.AddDays(days);
                await deadlines.PublicityAsync(c, today, c.PublicityEndsOn.Value, ct);
                note = Join(note, $"公示 {days} 天，至 {c.PublicityEndsOn:yyyy-MM-dd}");
                break;
            case CaseAction.RecordObjection:
                Required(note, "note", "请填写异议内容");
                c.PublicityEndsOn = null;
                break;
            case CaseAction.ClosePublicity:
                if (c.PublicityEndsOn is { } ends && today < ends)
                {
                    throw new BusinessRuleException($"公示期至 {ends:yyyy-MM-dd} 结束，期满后才能报区审核");
                }

                break;
            case CaseAction.Approve:
                c.BenefitFrom = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
                if (c.Programme == Programme.Temporary)
                {
                    // A one-off grant: paid once, by the first payroll of its programme from this month on.
                    c.BenefitFrom = new DateOnly(today.Year, today.Month, 1);
                    note = Join(note, $"一次性临时救助 {new Money(c.MonthlyAmountFen ?? 0)}，自 {c.BenefitFrom:yyyy年M月} 起的临时救助造册中发放");
                }
                else if (c.Programme == Programme.RigidExpense)
                {
                    // A recognition for a period, not reviewed: it lapses (民发〔2024〕57号: at most 12 months).
                    c.ValidUntil = c.BenefitFrom.Value.AddMonths(await deadlines.IntAsync("rigid.valid_months", c.RegionCode, today, ct)).AddDays(-1);
                    note = Join(note, $"认定为刚性支出困难家庭，有效期 {c.BenefitFrom:yyyy-MM-dd} 至 {c.ValidUntil:yyyy-MM-dd}");
                }
                else
                {
                    c.NextReviewOn = await schedule.NextAsync(c, c.BenefitFrom.Value, ct);
                    note = Join(note, ProgrammeLabels.PaidByPayroll(c.Programme)
                        ? $"认定为{ProgrammeLabels.Brief(c.Programme)}，自 {c.BenefitFrom:yyyy年M月} 起发放 {new Money(c.MonthlyAmountFen ?? 0)}/月"
                        : $"认定为{ProgrammeLabels.Brief(c.Programme)}，自 {c.BenefitFrom:yyyy年M月} 起");
                }

                break;
            case CaseAction.GrantEmergency:
                c.InvestigationNote = Required(note, "note", "请写明紧急情况（先行救助后须补齐核对、入户调查手续）");
                if (request.Assessment?.Temporary is not { Kind: TemporaryKind.Emergency })
                {
                    throw new InputValidationException("assessment.temporary.kind", "先行救助只适用于急难型临时救助");
                }

                await investigation.RecordAsync(c, request.Incomes ?? [], request.Assessment, today, ct);
                if (c.MonthlyAmountFen is not > 0 || !c.TownMayApprove)
                {
                    throw new BusinessRuleException("超过乡镇（街道）审批上限或不符合救助条件，不能先行救助；请按一般程序核对、调查后报区审核");
                }

                c.BenefitFrom = new DateOnly(today.Year, today.Month, 1);
                c.OwePaperworkUntil(WorkingDayCalendar.Default.AddWorkingDays(today, await deadlines.IntAsync("linshi.emergency_paperwork_days", c.RegionCode, today, ct)));
                note = Join(note, $"先行救助 {new Money(c.MonthlyAmountFen ?? 0)}，不经公示，自 {c.BenefitFrom:yyyy年M月} 起的临时救助造册中发放；须于 {c.PaperworkDueOn:yyyy-MM-dd} 前补齐核对、入户调查手续");
                break;
            case CaseAction.RejectOnline:
            case CaseAction.TownRefuse:
            case CaseAction.Refuse:
                c.RefusalReason = Required(request.Reason?.Trim(), "reason", "不予批准须写明理由（将书面告知申请人）");
                note = $"理由：{c.RefusalReason}";
                break;
        }

        c.Take(action, request.Version);
        if (action == CaseAction.AcceptOnline)
        {
            await deadlines.AcceptAsync(c, today, ct);
        }

        c.DueOn = await deadlines.StepDueAsync(c, today, ct);
        db.AddEvent(c, now, CaseLabels.Of(action), note);
        if (c.Status is CaseStatus.Approved or CaseStatus.Refused)
        {
            db.Outbox.Add(Decision(c, now));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The version check lost, or (on PostgreSQL, where the loser waits on the winner's row) the decision's
            // outbox key was taken first: either way somebody else has just acted on the case.
            throw new BusinessRuleException("案件刚刚已被他人办理，请刷新后查看");
        }

        return c;
    }

    /// <summary>The decision as a ledger event: no personal data, the case by number, the town, the amount and month in clear.</summary>
    private static OutboxMessage Decision(AssistanceCase c, DateTime now) => new()
    {
        EventType = "assistance.decision",
        IdempotencyKey = $"assistance.decision:{c.Id}",
        CreatedAtUtc = now,
        Payload = JsonSerializer.Serialize(new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["case"] = c.Number,
            ["decision"] = c.Status == CaseStatus.Approved ? "approved" : "refused",
            ["from"] = c.BenefitFrom?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            ["monthlyFen"] = c.Status == CaseStatus.Approved ? c.MonthlyAmountFen : null,
            ["programme"] = ProgrammeLabels.Code(c.Programme),
            ["town"] = c.RegionCode[..Math.Min(9, c.RegionCode.Length)],
        }),
    };

    private static string Join(string? note, string extra) => string.IsNullOrEmpty(note) ? extra : $"{note}；{extra}";

    private static string Required(string? value, string field, string message) =>
        string.IsNullOrWhiteSpace(value) ? throw new InputValidationException(field, message) : value;
}
