using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Errors;
using Minzheng.Assistance.Domain.Programmes;

namespace Minzheng.Assistance.Domain.Cases;

/// <summary>An application for social assistance (routed 特困 → 低保 → 边缘 → 刚性支出), with the household as it stood when it was made, its step, deadline and decision.</summary>
internal sealed partial class AssistanceCase : IAudited, IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Number { get; set; } = string.Empty;

    /// <summary>The programme the case is assessed for now: the level applied for, then the level the investigation routed it to.</summary>
    public Programme Programme { get; set; }

    /// <summary>Where the routing started: the level the household applied for (特困 for a full routing).</summary>
    public Programme RequestedProgramme { get; set; }

    /// <summary>The investigation's facts beyond incomes (members' disabilities and self-care, assets, 义务人, 刚性支出), as JSON.</summary>
    public string? AssessmentJson { get; set; }

    /// <summary>Members the benefit covers: all living members, or those of a 单人保.</summary>
    public int CoveredMembers { get; set; }

    /// <summary>A 单人保 granted inside a 低保边缘家庭: the household itself stays recognised as 边缘 (monitored as such).</summary>
    public bool HouseholdEdge { get; set; }

    /// <summary>The last day a time-limited recognition holds (刚性支出困难: 12 months by setting); null when open-ended.</summary>
    public DateOnly? ValidUntil { get; set; }

    /// <summary>临时救助: the cause (TemporaryCause), for the once-a-year rule.</summary>
    public string? Cause { get; set; }

    /// <summary>临时救助 within the town's own limit: the town approves it (审核确认) itself.</summary>
    public bool TownMayApprove { get; set; }

    public Guid HouseholdId { get; set; }

    /// <summary>The one member a disability subsidy is for; null for the household programmes.</summary>
    public Guid? PersonId { get; set; }

    public string HouseholdNumber { get; set; } = string.Empty;

    /// <summary>The household's village or community: the region the case belongs to.</summary>
    public string RegionCode { get; set; } = string.Empty;

    public bool Urban { get; set; }

    /// <summary>The registry's household at application time (JSON of the registry's snapshot contract; IDs masked).</summary>
    public string SnapshotJson { get; set; } = string.Empty;

    public int Members { get; set; }

    /// <summary>Changed only by the workflow methods below (<see cref="Receive"/>, <see cref="Take"/>, <see cref="Manage"/>, <see cref="HoldForReview"/>).</summary>
    public CaseStatus Status { get; private set; }

    /// <summary>The current step's deadline (working days by setting); null once closed or while the 公示 runs.</summary>
    public DateOnly? DueOn { get; set; }

    public DateOnly? PublicityEndsOn { get; set; }


    public string ConsentFileName { get; set; } = string.Empty;

    public string ConsentSm3 { get; set; } = string.Empty;

    public string? VerificationNote { get; set; }

    public string? InvestigationNote { get; set; }

    /// <summary>The computation with its explanation (JSON of rule, text, amount steps), as decided.</summary>
    public string? ExplanationJson { get; set; }

    public long? MonthlyAmountFen { get; set; }

    /// <summary>先行救助: the day by which the town completes the paperwork (核对, 入户调查); null when none is owed.</summary>
    public DateOnly? PaperworkDueOn { get; private set; }

    /// <summary>The first month paid: the month after approval.</summary>
    public DateOnly? BenefitFrom { get; set; }

    public string? RefusalReason { get; set; }

    /// <summary>When the town must next review the household (yearly, or half-yearly with working-age members; by setting).</summary>
    public DateOnly? NextReviewOn { get; set; }

    /// <summary>特困 termination proposed: the last day of its 公示 (support goes on until it is confirmed); null when none is pending.</summary>
    public DateOnly? TerminationPublicityEndsOn { get; private set; }

    /// <summary>An objection to a proposed termination: the day by which it must be decided (15 working days by setting).</summary>
    public DateOnly? TerminationObjectionDueOn { get; private set; }

    /// <summary>The first month not paid (YYYY-MM): set by 停发 and by the end of a 渐退 period.</summary>
    public string? StopFrom { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Moves on with every change of status: of two people deciding at once, exactly one saves.</summary>
    public int Version { get; private set; }

    public List<CaseIncome> Incomes { get; set; } = [];

    public List<CaseEvent> Events { get; set; } = [];

    /// <summary>A new application's first status: 待受理 (sent online) or 核对 (received at the counter).</summary>
    public void Receive(CaseStatus first)
    {
        if (Version != 0 || first is not (CaseStatus.Submitted or CaseStatus.Verification))
        {
            throw new InvalidOperationException("an application starts as Submitted or Verification");
        }

        Status = first;
    }

    /// <summary>Throws the Chinese reason when a workflow step may not be taken now: not from this status, or on a version somebody has since moved on.</summary>
    public void EnsureCanTake(CaseAction action, int? seenVersion)
    {
        if (CaseWorkflow.Refusal(Programme, Status, action) is { } refusal)
        {
            throw new BusinessRuleException(refusal);
        }

        EnsureSeen(seenVersion);
    }

    /// <summary>Takes one step of the workflow (<see cref="CaseWorkflow"/>): the status it leads to.</summary>
    public void Take(CaseAction action, int? seenVersion)
    {
        EnsureCanTake(action, seenVersion);
        Status = CaseWorkflow.To(action);
        Version++;
    }

    /// <summary>先行救助: granted now, the 核对 and 入户调查 owed by a day.</summary>
    public void OwePaperworkUntil(DateOnly due) => PaperworkDueOn = due;

    /// <summary>
    /// A time-limited recognition (刚性支出困难, ≤ 12 months) past its last day: no longer covered, back on the 漏保
    /// screening and listed for review (<see cref="CaseQueries.ValidOn"/>).
    /// </summary>
    public bool LapsedOn(DateOnly day) => CaseWorkflow.IsCovered(Status) && ValidUntil < day;

    private void EnsureSeen(int? seenVersion)
    {
        if (seenVersion is { } seen && seen != Version)
        {
            throw new BusinessRuleException("案件已被他人办理，请刷新后查看");
        }
    }

    string IAudited.AuditId => Id.ToString();

    string? IAudited.AuditRegion => RegionCode;
}
