namespace Minzheng.Assistance.Domain.Cases;

/// <summary>Where an application stands: the steps of DOMAIN-RULES §1.6, each owned by a role and due by a date.</summary>
public enum CaseStatus
{
    Verification,

    /// <summary>Submitted online by the citizen: the town checks and accepts (受理) it, or turns it down with reasons.</summary>
    Submitted = 20,

    Investigation,
    TownReview,
    Publicity,
    DistrictReview,
    Approved,
    Refused,

    /// <summary>Approved, payments held pending a review (a death record, a finding of the monthly match).</summary>
    Suspended,

    /// <summary>停发: no payment from <see cref="AssistanceCase.StopFrom"/> on.</summary>
    Stopped,
}

/// <summary>What a user does to a case; each is allowed from one status, to one role.</summary>
public enum CaseAction
{
    AcceptOnline = 20,
    RejectOnline = 21,
    RecordVerification = 0,
    RecordInvestigation,
    TownApprove,
    TownRefuse,
    RecordObjection,
    ClosePublicity,
    Approve,
    Refuse,

    /// <summary>先行救助: an urgent 急难型 临时救助 granted by the town at once, within its limit, without 公示; the paperwork follows.</summary>
    GrantEmergency = 30,
}

internal static class CaseLabels
{
    public static string Of(CaseStatus status) => status switch
    {
        CaseStatus.Submitted => "网上申请待受理",
        CaseStatus.Verification => "待家庭经济状况核对",
        CaseStatus.Investigation => "待入户调查",
        CaseStatus.TownReview => "待初审",
        CaseStatus.Publicity => "公示中",
        CaseStatus.DistrictReview => "待审核确认",
        CaseStatus.Approved => "已批准",
        CaseStatus.Suspended => "暂停发放（待复核）",
        CaseStatus.Stopped => "已停发",
        _ => "不予批准",
    };

    public static string Of(CaseAction action) => action switch
    {
        CaseAction.AcceptOnline => "受理网上申请",
        CaseAction.RejectOnline => "网上申请不予受理",
        CaseAction.RecordVerification => "登记核对结果",
        CaseAction.RecordInvestigation => "登记入户调查",
        CaseAction.TownApprove => "初审通过并公示",
        CaseAction.TownRefuse => "初审不通过",
        CaseAction.RecordObjection => "登记公示异议",
        CaseAction.ClosePublicity => "公示期满，报区审核",
        CaseAction.Approve => "审核确认",
        CaseAction.GrantEmergency => "先行救助（急难）",
        _ => "不予批准",
    };
}
