using Minzheng.Platform.Access;
namespace Minzheng.Assistance.Domain.Cases;

/// <summary>What happens to a benefit in force (DOMAIN-RULES §1.7).</summary>
public enum BenefitAction
{
    /// <summary>复核: the town's periodic (or prompted) review; the next review date moves on.</summary>
    Review,

    /// <summary>增发 / 减发: a new monthly amount from a month.</summary>
    ChangeAmount,

    /// <summary>渐退: income above the standard; paid for N more months (setting), then stopped.</summary>
    GradualExit,

    /// <summary>停发: no payment from a month.</summary>
    Stop,

    /// <summary>暂停: payments held pending review (a death record, a match finding).</summary>
    Suspend,

    /// <summary>恢复: a suspension reviewed and lifted.</summary>
    Resume,

    /// <summary>拟终止特困供养: proposed with its reason and posted (公示, 7 days by setting); support goes on meanwhile.</summary>
    ProposeTermination,

    /// <summary>终止公示有异议: re-investigated and decided within 15 working days (setting).</summary>
    TerminationObjection,

    /// <summary>终止供养: after the 公示 (or the objection decided), support stops from the next month.</summary>
    ConfirmTermination,

    /// <summary>撤回终止: the proposal withdrawn (an objection upheld); support goes on.</summary>
    WithdrawTermination,

    /// <summary>补齐手续: after a 先行救助, the town records the 核对 and 入户调查 it owed.</summary>
    CompletePaperwork,
}

/// <summary>One decision on a benefit in force, kept as the case's history and read by the payroll.</summary>
internal sealed class BenefitChange : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid CaseId { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    public BenefitAction Action { get; set; }

    /// <summary>The first month it applies to (YYYY-MM), for amount changes, stops and exits.</summary>
    public string? FromMonth { get; set; }

    /// <summary>The new monthly amount (增发/减发).</summary>
    public long? AmountFen { get; set; }

    public string Reason { get; set; } = string.Empty;

    public string DecidedBy { get; set; } = string.Empty;

    public DateTime DecidedAtUtc { get; set; }
}

internal static class BenefitLabels
{
    public static string Of(BenefitAction action) => action switch
    {
        BenefitAction.Review => "复核",
        BenefitAction.ChangeAmount => "增发/减发",
        BenefitAction.GradualExit => "渐退",
        BenefitAction.Stop => "停发",
        BenefitAction.Suspend => "暂停发放",
        BenefitAction.ProposeTermination => "拟终止供养（公示）",
        BenefitAction.TerminationObjection => "终止公示有异议",
        BenefitAction.ConfirmTermination => "终止供养",
        BenefitAction.WithdrawTermination => "撤回终止",
        BenefitAction.CompletePaperwork => "补齐手续",
        _ => "恢复发放",
    };
}
