using Minzheng.Platform.Audit;

namespace Minzheng.WorkPlan;

/// <summary>The work plan's records as the audit trail names them.</summary>
internal static class WorkPlanAuditVocabulary
{
    public static AuditVocabulary Value { get; } = new(
        Entities: new Dictionary<string, string>
        {
            ["Plan"] = "年度工作要点",
            ["PlanTarget"] = "工作目标",
            ["ProgressReport"] = "进展报告",
        },
        Fields: new Dictionary<string, string>
        {
            ["Checksum"] = "文件摘要",
            ["EndsOn"] = "截止日期",
            ["LoadedAt"] = "导入时间",
            ["Parts"] = "部分数",
            ["Points"] = "要点数",
            ["StartsOn"] = "开始日期",
            ["Targets"] = "目标数",
            ["Title"] = "标题",
            ["Deadline"] = "完成时限",
            ["Direction"] = "方向",
            ["IndicatorKey"] = "自动指标",
            ["Milestones"] = "阶段目标",
            ["Name"] = "名称",
            ["Pace"] = "进度要求",
            ["PlanId"] = "工作要点",
            ["PointNumber"] = "要点序号",
            ["Position"] = "顺序",
            ["TargetValue"] = "目标值",
            ["Unit"] = "单位",
            ["AsOf"] = "截至日期",
            ["Evidence"] = "佐证材料",
            ["EvidenceName"] = "佐证材料文件",
            ["EvidenceSm3"] = "佐证材料摘要",
            ["EvidenceType"] = "佐证材料类型",
            ["ReportedAt"] = "报告时间",
            ["ReportedBy"] = "报告人",
            ["ReviewNote"] = "审核意见",
            ["ReviewedAt"] = "审核时间",
            ["ReviewedBy"] = "审核人",
            ["TargetId"] = "工作目标",
        });
}
