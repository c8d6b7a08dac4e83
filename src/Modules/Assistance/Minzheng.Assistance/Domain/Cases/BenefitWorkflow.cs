namespace Minzheng.Assistance.Domain.Cases;

/// <summary>
/// Dynamic management of a benefit in force (DOMAIN-RULES §1.7): which action each status allows. 增发/减发 and 渐退 belong
/// to 低保 (渐退 when income rises after employment); 特困, the subsidies and 临时救助 stop or change by their own rules.
/// 特困 is terminated only through a 公示 (§2, §16.1: 7 days, objections decided within 15 working days): proposed, then
/// confirmed after the 公示 or after the objection is decided, or withdrawn; a plain 停发 is not open to it.
/// </summary>
internal static class BenefitWorkflow
{
    /// <summary>What the case's programme, status and pending termination allow; null when the action may be taken.</summary>
    public static string? Refusal(Programmes.Programme programme, CaseStatus status, BenefitAction action, bool terminationPending = false, bool objected = false,
        bool paperworkOwed = false)
    {
        if (action == BenefitAction.CompletePaperwork)
        {
            return paperworkOwed && CaseWorkflow.IsCovered(status) || paperworkOwed && status == CaseStatus.Stopped ? null : "没有待补齐的先行救助手续";
        }

        var tekun = programme == Programmes.Programme.Tekun;
        if (!tekun && action is BenefitAction.ProposeTermination or BenefitAction.TerminationObjection or BenefitAction.ConfirmTermination or BenefitAction.WithdrawTermination)
        {
            return $"“{BenefitLabels.Of(action)}”只适用于特困人员救助供养";
        }

        if (programme != Programmes.Programme.Dibao && action is BenefitAction.ChangeAmount or BenefitAction.GradualExit)
        {
            return $"“{BenefitLabels.Of(action)}”只适用于最低生活保障；{Programmes.ProgrammeLabels.Brief(programme)}按其本身的规定停发或调整";
        }

        if (tekun && action == BenefitAction.Stop)
        {
            return "特困人员终止供养须先公示：请选择“拟终止供养（公示）”";
        }

        if (tekun && CaseWorkflow.IsCovered(status))
        {
            switch (action)
            {
                case BenefitAction.ProposeTermination when terminationPending:
                    return "已拟终止供养，正在公示或处理异议";
                case BenefitAction.TerminationObjection or BenefitAction.ConfirmTermination or BenefitAction.WithdrawTermination when !terminationPending:
                    return "没有拟终止供养的公示";
                case BenefitAction.TerminationObjection when objected:
                    return "已登记异议，请在处理时限内作出终止或撤回的决定";
                case BenefitAction.ProposeTermination or BenefitAction.TerminationObjection or BenefitAction.ConfirmTermination or BenefitAction.WithdrawTermination:
                    return null;
            }
        }

        return Refusal(status, action);
    }

    /// <summary>What the case's status allows; null when the action may be taken.</summary>
    private static string? Refusal(CaseStatus status, BenefitAction action) => (status, action) switch
    {
        (CaseStatus.Approved or CaseStatus.Suspended, BenefitAction.Review or BenefitAction.ChangeAmount or BenefitAction.Stop) => null,
        (CaseStatus.Approved, BenefitAction.GradualExit or BenefitAction.Suspend) => null,
        (CaseStatus.Suspended, BenefitAction.Resume) => null,
        _ => $"当前状态为“{CaseLabels.Of(status)}”，不能执行“{BenefitLabels.Of(action)}”",
    };

    /// <summary>The actions open on a case (whatever the user's role).</summary>
    public static IReadOnlyList<BenefitAction> Open(AssistanceCase c) =>
        Enum.GetValues<BenefitAction>().Where(a => Refusal(c.Programme, c.Status, a, c.TerminationPublicityEndsOn is not null, c.TerminationObjectionDueOn is not null,
            c.PaperworkDueOn is not null) is null).ToList();
}
