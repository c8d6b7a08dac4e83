using System.Globalization;
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
using Minzheng.Platform.Identity;
using Minzheng.Platform.Outbox;

namespace Minzheng.Assistance.Features.ManageBenefit;

/// <summary>
/// Dynamic management of a benefit in force (DOMAIN-RULES §1.7): the town reviews, suspends and resumes; the district
/// (or the town, where 审核确认 is delegated) decides 增发/减发, 渐退 and 停发. Each decision is kept with its reason, read
/// by the payroll from its month on, and — when it changes what is paid — published to the ledger.
/// </summary>
internal sealed class ManageBenefitHandler(AssistanceDbContext db, CaseDeadlines settings, ReviewSchedule schedule, LivingSubsidiesFollowDibao livingSubsidies, TimeProvider clock)
{
    public async Task<AssistanceCase> HandleAsync(Guid caseId, BenefitRequest request, CancellationToken ct = default)
    {
        var c = await db.CaseAsync(caseId, ct);
        if (request.Action is not { } action)
        {
            throw new InputValidationException("action", "请选择要执行的操作");
        }

        var today = clock.Today();
        var role = RoleFor(action, await settings.ApprovalDelegatedAsync(c.RegionCode, today, ct));
        if (!db.User.IsInRole(role) || !db.User.Allows(c.RegionCode))
        {
            throw new ForbiddenException($"“{BenefitLabels.Of(action)}”须由{Roles.DisplayName(role)}办理");
        }

        c.EnsureCanManage(action, request.Version);

        var reason = request.Reason?.Trim() ?? string.Empty;
        if (reason.Length is < 2 or > 1000)
        {
            throw new InputValidationException("reason", "请写明理由（2–1000 字）");
        }

        var thisMonth = Month(new DateOnly(today.Year, today.Month, 1));
        var now = clock.GetUtcNow().UtcDateTime;
        var change = new BenefitChange { CaseId = c.Id, RegionCode = c.RegionCode, Action = action, Reason = reason, DecidedBy = db.User.UserName, DecidedAtUtc = now };
        string note;
        DateOnly? until = null;
        switch (action)
        {
            case BenefitAction.Review:
                c.NextReviewOn = await schedule.NextAsync(c, today, ct);
                note = $"{reason}；下次复核 {c.NextReviewOn:yyyy-MM-dd}";
                break;
            case BenefitAction.ChangeAmount:
                change.FromMonth = FromMonth(request.FromMonth, thisMonth, c);
                change.AmountFen = request.AmountYuan is { } yuan && yuan > 0 && decimal.Round(yuan, 2) == yuan
                    ? Money.FromYuan(yuan).Fen
                    : throw new InputValidationException("amountYuan", "请填写调整后的月保障金额（元，大于 0，最多两位小数）");
                var before = c.AmountFor(change.FromMonth, await db.BenefitChanges.Where(x => x.CaseId == c.Id).ToListAsync(ct));
                if (before == change.AmountFen)
                {
                    throw new InputValidationException("amountYuan", "调整后的金额与现行金额相同");
                }

                note = $"{(change.AmountFen > before ? "增发" : "减发")}：自 {change.FromMonth} 起 {new Money(before)} → {new Money(change.AmountFen.Value)}/月；{reason}";
                break;
            case BenefitAction.GradualExit:
                var months = await settings.IntAsync("dibao.gradual_exit_months", c.RegionCode, today, ct);
                change.FromMonth = c.StopFrom = Month(new DateOnly(today.Year, today.Month, 1).AddMonths(months + 1));
                note = $"渐退 {months} 个月：发放至 {Month(new DateOnly(today.Year, today.Month, 1).AddMonths(months))}，自 {c.StopFrom} 起停发；{reason}";
                break;
            case BenefitAction.Stop:
                change.FromMonth = c.StopFrom = FromMonth(request.FromMonth, thisMonth, c);
                note = $"自 {c.StopFrom} 起停发；{reason}";
                break;
            case BenefitAction.Suspend:
                note = $"暂停发放，待复核：{reason}";
                break;
            case BenefitAction.ProposeTermination:
                var days = await settings.IntAsync("tekun.termination_publicity_days", c.RegionCode, today, ct);
                until = today.AddDays(days);
                note = $"拟终止供养，公示 {days} 天至 {today.AddDays(days):yyyy-MM-dd}，期间照常供养：{reason}";
                break;
            case BenefitAction.TerminationObjection:
                var within = await settings.IntAsync("tekun.termination_objection_days", c.RegionCode, today, ct);
                until = WorkingDayCalendar.Default.AddWorkingDays(today, within);
                note = $"终止公示有异议，重新调查核实，于 {until:yyyy-MM-dd} 前作出决定：{reason}";
                break;
            case BenefitAction.ConfirmTermination:
                if (c.TerminationObjectionDueOn is null && c.TerminationPublicityEndsOn is { } ends && today < ends)
                {
                    throw new BusinessRuleException($"终止供养的公示至 {ends:yyyy-MM-dd} 结束，期满无异议（或异议处理后）才能终止");
                }

                change.FromMonth = c.StopFrom = Month(new DateOnly(today.Year, today.Month, 1).AddMonths(1));
                note = $"终止供养，自 {c.StopFrom} 起停止（书面告知本人；符合条件的转低保或临时救助）：{reason}";
                break;
            case BenefitAction.CompletePaperwork:
                note = $"补齐先行救助手续（应于 {c.PaperworkDueOn:yyyy-MM-dd} 前）：{reason}";
                break;
            case BenefitAction.WithdrawTermination:
                note = $"撤回终止供养，继续供养：{reason}";
                break;
            default:
                note = $"恢复发放：{reason}";
                break;
        }

        db.BenefitChanges.Add(change);
        db.AddEvent(c, now, BenefitLabels.Of(action), note);
        if (action is BenefitAction.ChangeAmount or BenefitAction.GradualExit or BenefitAction.Stop or BenefitAction.ConfirmTermination)
        {
            db.Outbox.Add(Event(c, change, now));
        }

        c.Manage(action, request.Version, until);
        if (c.Programme == Programme.Dibao && action is BenefitAction.Stop or BenefitAction.GradualExit)
        {
            await livingSubsidies.StopWithAsync(c, change.FromMonth!, now, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new BusinessRuleException("案件刚刚已被他人办理，请刷新后查看");
        }

        return c;
    }

    /// <summary>
    /// The town reviews, suspends and resumes, proposes a 特困 termination and records objections to it; the district decides
    /// what is paid (and confirms or withdraws a termination), unless approval is delegated to the town.
    /// </summary>
    public static string RoleFor(BenefitAction action, bool approvalDelegated) =>
        action is BenefitAction.Review or BenefitAction.Suspend or BenefitAction.Resume or BenefitAction.ProposeTermination or BenefitAction.TerminationObjection
            or BenefitAction.CompletePaperwork || approvalDelegated
            ? Roles.TownCaseWorker : Roles.DistrictOfficer;

    private static string FromMonth(string? text, string thisMonth, AssistanceCase c)
    {
        var month = DateOnly.TryParseExact((text ?? string.Empty).Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? Month(first)
            : throw new InputValidationException("fromMonth", "请填写起始月份，格式 YYYY-MM");
        if (string.CompareOrdinal(month, thisMonth) < 0)
        {
            throw new InputValidationException("fromMonth", "起始月份不能早于本月（已发放的月份不追溯调整）");
        }

        return c.BenefitFrom is { } from && string.CompareOrdinal(month, Month(from)) < 0
            ? throw new InputValidationException("fromMonth", $"起始月份不能早于起保月份 {Month(from)}")
            : month;
    }

    private static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A change of what is paid, for the ledger: no personal data.</summary>
    public static OutboxMessage Event(AssistanceCase c, BenefitChange change, DateTime now) => new()
    {
        EventType = "assistance.change",
        IdempotencyKey = $"assistance.change:{change.Id}",
        CreatedAtUtc = now,
        Payload = JsonSerializer.Serialize(new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["action"] = change.Action switch { BenefitAction.ChangeAmount => "change_amount", BenefitAction.GradualExit => "gradual_exit", _ => "stop" },
            ["case"] = c.Number,
            ["from"] = change.FromMonth,
            ["monthlyFen"] = change.AmountFen,
            ["programme"] = ProgrammeLabels.Code(c.Programme),
            ["town"] = c.RegionCode[..Math.Min(9, c.RegionCode.Length)],
        }),
    };
}
