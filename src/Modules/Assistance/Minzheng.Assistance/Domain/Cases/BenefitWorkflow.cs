namespace Minzheng.Assistance.Domain.Cases;

/// <summary>
/// Dynamic management of a benefit in force (DOMAIN-RULES §1.7): which action each status allows. 增发/减发 and 渐退 belong
/// to 低保 (渐退 when income rises after employment); 特困, the subsidies and 临时救助 stop or change by their own rules.
/// </summary>
internal static class BenefitWorkflow
{
    /// <summary>What the case's programme and status allow; null when the action may be taken.</summary>
    public static string? Refusal(Programmes.Programme programme, CaseStatus status, BenefitAction action) =>
        programme != Programmes.Programme.Dibao && action is BenefitAction.ChangeAmount or BenefitAction.GradualExit
            ? $"“{BenefitLabels.Of(action)}”只适用于最低生活保障；{Programmes.ProgrammeLabels.Brief(programme)}按其本身的规定停发或调整"
            : Refusal(status, action);

    /// <summary>What the case's status allows; null when the action may be taken.</summary>
    private static string? Refusal(CaseStatus status, BenefitAction action) => (status, action) switch
    {
        (CaseStatus.Approved or CaseStatus.Suspended, BenefitAction.Review or BenefitAction.ChangeAmount or BenefitAction.Stop) => null,
        (CaseStatus.Approved, BenefitAction.GradualExit or BenefitAction.Suspend) => null,
        (CaseStatus.Suspended, BenefitAction.Resume) => null,
        _ => $"当前状态为“{CaseLabels.Of(status)}”，不能执行“{BenefitLabels.Of(action)}”",
    };

    /// <summary>The actions open on a case of a programme in a status (whatever the user's role).</summary>
    public static IReadOnlyList<BenefitAction> Open(Programmes.Programme programme, CaseStatus status) =>
        Enum.GetValues<BenefitAction>().Where(a => Refusal(programme, status, a) is null).ToList();
}
