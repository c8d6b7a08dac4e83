using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Assistance.Features.ComputeBenefit;
using Minzheng.Registry.Contracts;

namespace Minzheng.Assistance.Features.GetCase;

/// <summary>A case as its page shows it: the programme it is assessed for (or was routed to), the household as applied, the step and its deadline, the computation with its explanation, the timeline, what this user may do now, and what the latest 核对 report found of its assets (to start the investigation from).</summary>
public sealed record CaseDetail(
    Guid Id, string Number, string Programme, CaseStatus StatusCode, string Status, DateOnly? DueOn, bool Overdue, DateOnly? PublicityEndsOn,
    HouseholdSnapshot Household, int Members, string ConsentFileName, string ConsentSm3, string? VerificationNote, string? InvestigationNote,
    IReadOnlyList<IncomeRow> Incomes, long? MonthlyAmountFen, IReadOnlyList<StepJson> Explanation, DateOnly? BenefitFrom, string? RefusalReason,
    IReadOnlyList<TimelineRow> Timeline, IReadOnlyList<CaseAction> MyActions, int Version,
    DateOnly? NextReviewOn, string? StopFrom, long CurrentMonthlyFen, IReadOnlyList<BenefitChangeRow> Changes, IReadOnlyList<BenefitAction> MyBenefitActions,
    Programme ProgrammeCode, Programme RequestedProgramme, int CoveredMembers, DateOnly? ValidUntil, Assessment? Assessment, Guid? PersonId,
    bool HouseholdEdge = false, DateOnly? AcceptedOn = null, DateOnly? TotalDueOn = null, string? ExtensionReason = null, bool MayExtend = false, bool Lapsed = false,
    DateOnly? TerminationPublicityEndsOn = null, DateOnly? TerminationObjectionDueOn = null, DateOnly? PaperworkDueOn = null,
    Minzheng.Monitoring.Contracts.VerifiedAssets? VerifiedAssets = null, ArrangeSupport.SupportView? Support = null, bool MayArrangeSupport = false)
{
    /// <summary>The deadline falls in a year whose holiday arrangement is not loaded: it was counted Monday–Friday.</summary>
    public bool DueIsEstimate => DueOn is { } due && Minzheng.Kernel.Calendar.WorkingDayCalendar.Default.IsEstimate(due);
}

/// <summary>One decision on the benefit in force, as the case page lists it.</summary>
public sealed record BenefitChangeRow(DateTime AtUtc, string Action, string? FromMonth, long? AmountFen, string Reason, string DecidedBy);

public sealed record IncomeRow(Guid PersonId, string Name, string Type, long MonthlyFen, bool Counted);

public sealed record TimelineRow(DateTime AtUtc, string Actor, string Step, string? Note);
