namespace Minzheng.Platform.Ui.Components;

/// <summary>A point of a line chart; a null value leaves a gap (nothing known then).</summary>
public sealed record ChartPoint(string Label, decimal? Value);
