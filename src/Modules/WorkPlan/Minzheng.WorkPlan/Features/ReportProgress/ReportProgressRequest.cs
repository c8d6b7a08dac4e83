namespace Minzheng.WorkPlan.Features.ReportProgress;

/// <summary>A progress report for a manual target: the value reached as of a date, what it rests on, and the evidence file.</summary>
internal sealed record ReportProgressRequest(decimal? Value, DateOnly? AsOf, string? Note);
