namespace Minzheng.Elderly.Features.ElderFigures;

/// <summary>
/// One region's month: 特殊困难老年人 and how many were visited (月探访率); 失能 elders by assessment, 未评估 elders, how many of
/// both were supported (失能老人社区帮扶率). A rate is null when there is nobody to count.
/// </summary>
internal sealed record MonthlyElderFigures(string RegionCode, int Special, int Visited, decimal? VisitRate, int Disabled, int Unassessed, int Supported, decimal? SupportRate);
