using Minzheng.WorkPlan.Domain;
using Minzheng.WorkPlan.Features.ViewProgress;

namespace Minzheng.WorkPlan.Features.ViewTarget;

/// <summary>One target with its trend over the plan's months, its per-town breakdown (regional indicators) and its reports.</summary>
internal sealed record TargetDetail(
    int Year, int PointNumber, string PointTitle, TargetProgress Target, IReadOnlyList<TrendPoint> Trend, IReadOnlyList<TownValue> Towns,
    IReadOnlyList<ReportRow> Reports, bool MayReport, bool MayReview);

/// <summary>The value at a month's end (null when nothing was known then).</summary>
internal sealed record TrendPoint(string Month, DateOnly Day, decimal? Value);

internal sealed record TownValue(string RegionCode, string Name, decimal? Value, TargetStatus Status, string StatusText);

public sealed record ReportRow(
    Guid Id, decimal Value, DateOnly AsOf, string Note, string EvidenceName, string EvidenceSm3, string ReportedBy, DateTime ReportedAt,
    ReportStatus Status, string StatusText, string? ReviewedBy, DateTime? ReviewedAt, string? ReviewNote);
