using Minzheng.Monitoring.Domain;

namespace Minzheng.Monitoring.Features.Shared;

/// <summary>What users read for the module's codes.</summary>
internal static class Labels
{
    public static string Of(UploadChannel channel) => channel switch
    {
        UploadChannel.Ui => "页面上传",
        UploadChannel.Api => "接口",
        UploadChannel.Partner => "部门客户端",
        _ => "命令行",
    };

    public static string Of(AlertKind kind) => kind switch
    {
        AlertKind.Death => "死亡核实",
        AlertKind.EligibilityReview => "资格复核",
        _ => "支出型预警",
    };

    public static string Of(AlertStatus status) => status switch
    {
        AlertStatus.Open => "待处置",
        AlertStatus.Acknowledged => "处置中",
        _ => "已办结",
    };

    public static string Of(AlertOutcome outcome) => outcome switch
    {
        AlertOutcome.Assisted => "已救助",
        AlertOutcome.NotNeeded => "无需救助",
        _ => "已转介",
    };

    public static string Of(VisitMode mode) => mode switch
    {
        VisitMode.Home => "入户",
        VisitMode.Phone => "电话",
        _ => "视频",
    };

    public static string Rule(string rule) => rule switch
    {
        "deceased" => "死亡",
        "vehicle_over_limit" => "车辆超限",
        "business_owner" => "工商登记",
        "property_over_limit" => "多套房产",
        "medical_burden" => "医疗支出大",
        _ => rule,
    };

    public static string Programme(string code) => code switch
    {
        "dibao" => "低保",
        "tekun" => "特困",
        "edge" => "低保边缘",
        "rigid_expense" => "刚性支出困难",
        "anti_poverty" => "防返贫监测",
        "disability_subsidy" => "残疾人两项补贴",
        _ => "其他困难人员",
    };
}
