namespace Minzheng.Assistance.Domain.Cases;

/// <summary>Dynamic management of a benefit in force (DOMAIN-RULES §1.7): which action each status allows.</summary>
internal static class BenefitWorkflow
{
    /// <summary>What the case's status allows; null when the action may be taken.</summary>
    public static string? Refusal(CaseStatus status, BenefitAction action) => (status, action) switch
    {
        (CaseStatus.Approved or CaseStatus.Suspended, BenefitAction.Review or BenefitAction.ChangeAmount or BenefitAction.Stop) => null,
        (CaseStatus.Approved, BenefitAction.GradualExit or BenefitAction.Suspend) => null,
        (CaseStatus.Suspended, BenefitAction.Resume) => null,
        _ => $"当前状态为“{CaseLabels.Of(status)}”，不能执行“{BenefitLabels.Of(action)}”",
    };

    /// <summary>The actions open on a case in a status (whatever the user's role).</summary>
    public static IReadOnlyList<BenefitAction> Open(CaseStatus status) => Enum.GetValues<BenefitAction>().Where(a => Refusal(status, a) is null).ToList();
}
