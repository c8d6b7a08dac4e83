using Minzheng.Kernel.Calendar;
using Minzheng.Platform.Errors;

namespace Minzheng.Assistance.Domain.Cases;

/// <summary>
/// The whole case's time limit (DOMAIN-RULES §1.6, §16.1): 审核确认 within N working days of 受理, lengthened by a 公示
/// not counted inside it and by one recorded extension; and whether the case is overdue.
/// </summary>
internal sealed partial class AssistanceCase
{
    /// <summary>受理: the day the whole case's time limit counts from (the counter's intake, or the acceptance of an online application).</summary>
    public DateOnly? AcceptedOn { get; private set; }

    /// <summary>
    /// The whole case's limit in working days from 受理: N by setting (30), plus the 公示 where it is not counted inside,
    /// plus a recorded extension. Counted from 受理 each time, so a limit already in a year without its holiday notice can
    /// still be lengthened.
    /// </summary>
    public int? LimitWorkingDays { get; private set; }

    /// <summary>The day the limit ends; null for cases taken before the limit was tracked, or not yet accepted.</summary>
    public DateOnly? TotalDueOn { get; private set; }

    /// <summary>Why the limit was extended (once, to 45 working days by setting); null while not extended.</summary>
    public string? ExtensionReason { get; private set; }

    /// <summary>受理: the whole case's limit starts, N working days from today.</summary>
    public void Accept(DateOnly acceptedOn, int limitWorkingDays)
    {
        AcceptedOn = acceptedOn;
        LimitWorkingDays = limitWorkingDays;
        TotalDueOn = WorkingDayCalendar.Default.AddWorkingDays(acceptedOn, limitWorkingDays);
    }

    /// <summary>Lengthens the limit by some working days (a 公示 not counted inside it); nothing for a case without one.</summary>
    public void Lengthen(int workingDays)
    {
        if (AcceptedOn is { } accepted && LimitWorkingDays is { } days)
        {
            LimitWorkingDays = days + workingDays;
            TotalDueOn = WorkingDayCalendar.Default.AddWorkingDays(accepted, days + workingDays);
        }
    }

    /// <summary>The one recorded extension of the whole case's limit, with its reason, while the case is still open.</summary>
    public void Extend(string reason, int workingDays, int? seenVersion)
    {
        if (!CaseWorkflow.IsOpen(Status) || TotalDueOn is null)
        {
            throw new BusinessRuleException("只有已受理、尚未办结的申请可以延长办理时限");
        }

        if (ExtensionReason is not null)
        {
            throw new BusinessRuleException($"办理时限已于此前延长（{ExtensionReason}），不能再次延长");
        }

        EnsureSeen(seenVersion);
        ExtensionReason = reason;
        Lengthen(workingDays);
        Version++;
    }

    /// <summary>Past the step's deadline, or (still open) past the whole case's limit, or a 先行救助 whose paperwork is late.</summary>
    public bool IsOverdue(DateOnly today) => DueOn < today || (CaseWorkflow.IsOpen(Status) && TotalDueOn < today) || PaperworkDueOn < today;
}
