using Minzheng.Platform.Identity;

namespace Minzheng.Assistance.Domain.Cases;

/// <summary>
/// The application's state machine (DOMAIN-RULES §1.6): (网上申请 → 受理) → 核对 → 入户调查 → 初审 → 公示 → 审核确认 or refusal. Each action is
/// allowed from one status to one role; an objection during 公示 reopens the investigation. Anything else is refused.
/// </summary>
internal static class CaseWorkflow
{
    private static readonly Dictionary<CaseAction, (CaseStatus From, CaseStatus To, string Role)> Steps = new()
    {
        [CaseAction.AcceptOnline] = (CaseStatus.Submitted, CaseStatus.Verification, Roles.TownCaseWorker),
        [CaseAction.RejectOnline] = (CaseStatus.Submitted, CaseStatus.Refused, Roles.TownCaseWorker),
        [CaseAction.RecordVerification] = (CaseStatus.Verification, CaseStatus.Investigation, Roles.TownCaseWorker),
        [CaseAction.RecordInvestigation] = (CaseStatus.Investigation, CaseStatus.TownReview, Roles.TownCaseWorker),
        [CaseAction.TownApprove] = (CaseStatus.TownReview, CaseStatus.Publicity, Roles.TownCaseWorker),
        [CaseAction.TownRefuse] = (CaseStatus.TownReview, CaseStatus.Refused, Roles.TownCaseWorker),
        [CaseAction.RecordObjection] = (CaseStatus.Publicity, CaseStatus.Investigation, Roles.TownCaseWorker),
        [CaseAction.ClosePublicity] = (CaseStatus.Publicity, CaseStatus.DistrictReview, Roles.TownCaseWorker),
        [CaseAction.Approve] = (CaseStatus.DistrictReview, CaseStatus.Approved, Roles.DistrictOfficer),
        [CaseAction.Refuse] = (CaseStatus.DistrictReview, CaseStatus.Refused, Roles.DistrictOfficer),
        [CaseAction.GrantEmergency] = (CaseStatus.Verification, CaseStatus.Approved, Roles.TownCaseWorker),
    };

    /// <summary>An application still being processed (not yet decided).</summary>
    public static bool IsOpen(CaseStatus status) => OpenStatuses.Contains(status);

    /// <summary>The statuses of an application still being processed, for queries.</summary>
    public static readonly CaseStatus[] OpenStatuses =
        [CaseStatus.Submitted, CaseStatus.Verification, CaseStatus.Investigation, CaseStatus.TownReview, CaseStatus.Publicity, CaseStatus.DistrictReview];

    /// <summary>A benefit in force: approved, or held pending review (the household is still covered and monitored).</summary>
    public static bool IsCovered(CaseStatus status) => status is CaseStatus.Approved or CaseStatus.Suspended;

    public static CaseStatus From(CaseAction action) => Steps[action].From;

    public static CaseStatus To(CaseAction action) => Steps[action].To;

    public static string Role(CaseAction action) => Steps[action].Role;

    /// <summary>The role that takes the action on a case, where 审核确认 may be delegated to the town by setting.</summary>
    public static string Role(CaseAction action, bool approvalDelegated) =>
        approvalDelegated && action is CaseAction.Approve or CaseAction.Refuse ? Roles.TownCaseWorker : Steps[action].Role;

    /// <summary>The actions open on a case of a programme in a status (whatever the user's role).</summary>
    public static IReadOnlyList<CaseAction> Open(Programmes.Programme programme, CaseStatus status) =>
        Steps.Keys.Where(a => Refusal(programme, status, a) is null).ToList();

    /// <summary>
    /// Null when the action may be taken now; else the Chinese reason it may not. 先行救助 is for 临时救助 only (社会救助暂行办法
    /// Art. 48: urgent cases, simplified approval); whether the case is urgent and within the town's limit is the handler's check.
    /// </summary>
    public static string? Refusal(Programmes.Programme programme, CaseStatus status, CaseAction action) =>
        action == CaseAction.GrantEmergency && programme != Programmes.Programme.Temporary ? "先行救助只适用于急难型临时救助"
        : Steps[action].From == status ? null : $"当前状态为“{CaseLabels.Of(status)}”，不能执行“{CaseLabels.Of(action)}”";

    /// <summary>The step a status waits on, for its deadline setting; null for a closed case.</summary>
    public static string? DeadlineSetting(CaseStatus status) => status switch
    {
        CaseStatus.Submitted => "assist.deadline.accept_days",
        CaseStatus.Verification => "assist.deadline.verification_days",
        CaseStatus.Investigation => "assist.deadline.investigation_days",
        CaseStatus.TownReview => "assist.deadline.town_review_days",
        CaseStatus.DistrictReview => "assist.deadline.district_review_days",
        _ => null,
    };
}
