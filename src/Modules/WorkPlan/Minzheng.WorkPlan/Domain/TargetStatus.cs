namespace Minzheng.WorkPlan.Domain;

/// <summary>Where a target stands; ordered from worst to best so a point takes its worst target's status.</summary>
public enum TargetStatus
{
    Overdue,
    Behind,
    NoData,
    OnTrack,
    Achieved,
}

internal static class TargetStatusText
{
    public static string Chinese(this TargetStatus status) => status switch
    {
        TargetStatus.Achieved => "已完成",
        TargetStatus.OnTrack => "按计划推进",
        TargetStatus.Behind => "滞后",
        TargetStatus.Overdue => "逾期未完成",
        _ => "暂无数据",
    };
}
