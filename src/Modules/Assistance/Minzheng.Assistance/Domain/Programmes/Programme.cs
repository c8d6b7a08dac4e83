namespace Minzheng.Assistance.Domain.Programmes;

/// <summary>
/// The levels one application is routed through, most protective first (DOMAIN-RULES §4 “一次申请、分类审核认定”):
/// 特困 → 低保 → 低保边缘 → 刚性支出困难. The numeric order is the routing order.
/// </summary>
public enum Programme
{
    Tekun = 0,
    Dibao = 1,
    Edge = 2,
    RigidExpense = 3,

    /// <summary>困难残疾人生活补贴: one person, outside the routing (DOMAIN-RULES §6).</summary>
    DisabilityLiving = 10,

    /// <summary>重度残疾人护理补贴: one person, outside the routing (DOMAIN-RULES §6).</summary>
    DisabilityCare = 11,

    /// <summary>临时救助 (急难型, 支出型): a one-off grant to the household, outside the routing (DOMAIN-RULES §3).</summary>
    Temporary = 20,
}

internal static class ProgrammeLabels
{
    public static string Of(Programme p) => p switch
    {
        Programme.Tekun => "特困人员救助供养",
        Programme.Dibao => "最低生活保障",
        Programme.Edge => "低保边缘家庭",
        Programme.DisabilityLiving => "困难残疾人生活补贴",
        Programme.DisabilityCare => "重度残疾人护理补贴",
        Programme.Temporary => "临时救助",
        _ => "刚性支出困难家庭",
    };

    public static string Brief(Programme p) => p switch
    {
        Programme.Tekun => "特困",
        Programme.Dibao => "低保",
        Programme.Edge => "低保边缘",
        Programme.DisabilityLiving => "残疾人生活补贴",
        Programme.DisabilityCare => "残疾人护理补贴",
        Programme.Temporary => "临时救助",
        _ => "刚性支出困难",
    };

    /// <summary>The programme as MATCHING.md and the ledger name it.</summary>
    public static string Code(Programme p) => p switch
    {
        Programme.Tekun => "tekun",
        Programme.Dibao => "dibao",
        Programme.Edge => "edge",
        Programme.DisabilityLiving => "disability_living",
        Programme.DisabilityCare => "disability_care",
        Programme.Temporary => "temporary",
        _ => "rigid_expense",
    };

    public static Programme? FromCode(string? code) => Enum.GetValues<Programme>().Cast<Programme?>().FirstOrDefault(p => Code(p!.Value) == code);

    /// <summary>Programmes paid in cash by the payroll (monthly; 临时救助 once); 边缘 and 刚性支出 are recognitions (专项救助 eligibility).</summary>
    public static bool PaidByPayroll(Programme p) => p is Programme.Tekun or Programme.Dibao or Programme.DisabilityLiving or Programme.DisabilityCare or Programme.Temporary;

    /// <summary>The levels one application is routed through (MATCHING.md's monitored programmes).</summary>
    public static readonly Programme[] Routed = [Programme.Tekun, Programme.Dibao, Programme.Edge, Programme.RigidExpense];

    /// <summary>Applied for on its own, not routed: the two subsidies (for one person) and 临时救助.</summary>
    public static bool Standalone(Programme p) => !Routed.Contains(p);

    /// <summary>The two disability subsidies: for one person of the household, decided on their own, not routed.</summary>
    public static bool ForOnePerson(Programme p) => p is Programme.DisabilityLiving or Programme.DisabilityCare;
}
