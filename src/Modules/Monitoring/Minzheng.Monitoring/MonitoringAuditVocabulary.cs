using Minzheng.Platform.Audit;

namespace Minzheng.Monitoring;

/// <summary>Monitoring's records as the audit trail names them.</summary>
internal static class MonitoringAuditVocabulary
{
    public static AuditVocabulary Value { get; } = new(
        Entities: new Dictionary<string, string>
        {
            ["Alert"] = "监测预警",
            ["MonitoredSubject"] = "低收入监测对象",
            ["FeedUpload"] = "部门数据",
            ["PartnerClient"] = "合作部门接口客户端",
        },
        Fields: new Dictionary<string, string>
        {
            ["AcknowledgedAtUtc"] = "签收时间",
            ["AcknowledgedBy"] = "签收人",
            ["ClosedAtUtc"] = "办结时间",
            ["ClosedBy"] = "办结人",
            ["DueOn"] = "办结时限",
            ["Evidence"] = "比对依据",
            ["Kind"] = "预警类型",
            ["Outcome"] = "处置结果",
            ["Period"] = "月份",
            ["PersonLabel"] = "人员",
            ["Programme"] = "保障类别",
            ["RaisedOn"] = "生成日期",
            ["Rule"] = "比对规则",
            ["RunId"] = "比对批次",
            ["VisitMode"] = "核实方式",
            ["VisitNote"] = "核实情况",
            ["VisitedOn"] = "核实日期",
            ["AddedAtUtc"] = "纳入时间",
            ["AddedBy"] = "纳入人",
            ["Category"] = "监测类别",
        });
}
