using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Platform.Errors;

namespace Minzheng.Assistance.Domain.Cases;

/// <summary>
/// The benefit in force (DOMAIN-RULES §1.7 动态管理): its management (复核, 暂停, 增发/减发, 停发, 特困 termination), holds
/// from findings, the 供养方式 of a 特困 person, and the amount paid for a month.
/// </summary>
internal sealed partial class AssistanceCase
{
    /// <summary>Throws the Chinese reason when the benefit may not be managed so now (<see cref="BenefitWorkflow"/>).</summary>
    public void EnsureCanManage(BenefitAction action, int? seenVersion)
    {
        if (BenefitWorkflow.Refusal(Programme, Status, action, TerminationPublicityEndsOn is not null, TerminationObjectionDueOn is not null, PaperworkDueOn is not null) is { } refusal)
        {
            throw new BusinessRuleException(refusal);
        }

        EnsureSeen(seenVersion);
    }

    /// <summary>
    /// Dynamic management of the benefit in force: 停发 and 终止供养 stop it, 暂停 holds it, 恢复 resumes it; the others keep
    /// the status. <paramref name="until"/> is the day the action runs to: the end of a termination's 公示, or the day an
    /// objection to it must be decided.
    /// </summary>
    public void Manage(BenefitAction action, int? seenVersion, DateOnly? until = null)
    {
        EnsureCanManage(action, seenVersion);
        Status = action switch
        {
            BenefitAction.Stop or BenefitAction.ConfirmTermination => CaseStatus.Stopped,
            BenefitAction.Suspend => CaseStatus.Suspended,
            BenefitAction.Resume => CaseStatus.Approved,
            _ => Status,
        };
        switch (action)
        {
            case BenefitAction.ProposeTermination:
                TerminationPublicityEndsOn = until ?? throw new ArgumentNullException(nameof(until), "a termination is posted until a day");
                break;
            case BenefitAction.TerminationObjection:
                TerminationObjectionDueOn = until ?? throw new ArgumentNullException(nameof(until), "an objection is decided by a day");
                break;
            case BenefitAction.ConfirmTermination or BenefitAction.WithdrawTermination:
                TerminationPublicityEndsOn = TerminationObjectionDueOn = null;
                break;
            case BenefitAction.CompletePaperwork:
                PaperworkDueOn = null;
                break;
        }

        Version++;
    }

    /// <summary>
    /// A monitoring finding about the household: the review is brought forward to today and, when the finding says so, a
    /// benefit being paid is suspended. True when it was suspended now.
    /// </summary>
    public bool HoldForReview(bool suspend, DateOnly today)
    {
        if (!CaseWorkflow.IsCovered(Status))
        {
            throw new InvalidOperationException("only a benefit in force is held for review");
        }

        var suspended = suspend && Status == CaseStatus.Approved;
        if (suspended)
        {
            Status = CaseStatus.Suspended;
        }

        if (NextReviewOn is null || NextReviewOn > today)
        {
            NextReviewOn = today;
        }

        Version++;
        return suspended;
    }

    /// <summary>
    /// 集中/分散供养 recorded (or changed) on a 特困 benefit in force, as the user saw the case: its version moves,
    /// so a prepared payroll is prepared again.
    /// </summary>
    public void ArrangeSupport(int? seenVersion)
    {
        if (Programme != Programme.Tekun || !CaseWorkflow.IsCovered(Status))
        {
            throw new BusinessRuleException("只有在供养中的特困人员可以登记供养方式");
        }

        EnsureSeen(seenVersion);
        Version++;
    }

    /// <summary>The monthly amount for a month (YYYY-MM): the latest 增发/减发 in force, else the approved amount; 0 once stopped.</summary>
    public long AmountFor(string month, IEnumerable<BenefitChange> changes)
    {
        if (StopFrom is { } stop && string.CompareOrdinal(month, stop) >= 0)
        {
            return 0;
        }

        var change = changes.Where(x => x.CaseId == Id && x.AmountFen is not null && x.FromMonth is { } from && string.CompareOrdinal(from, month) <= 0)
            .OrderBy(x => x.FromMonth, StringComparer.Ordinal).ThenBy(x => x.DecidedAtUtc).LastOrDefault();
        return change?.AmountFen ?? MonthlyAmountFen ?? 0;
    }
}
