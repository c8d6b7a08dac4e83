using System.Globalization;
using MiniExcelLibs;
using Minzheng.WorkPlan.Domain;

namespace Minzheng.WorkPlan.Features.QuarterlyReport;

/// <summary>The quarterly report as an XLSX sheet: one row per target, and one per qualitative point.</summary>
internal static class QuarterlyReportXlsx
{
    public static readonly string[] Columns = ["部分", "序号", "工作要点", "责任单位", "分管领导", "要点状态", "量化指标", "目标值", "单位", "截止日期", "当前值", "完成率(%)", "指标状态", "说明", "数据来源", "佐证材料"];

    public static byte[] Write(QuarterlyReport report)
    {
        var rows = new List<Dictionary<string, object?>>();
        foreach (var part in report.Progress.Parts)
        {
            foreach (var point in part.Points)
            {
                var pointStatus = point.Status?.Chinese() ?? "定性任务";
                if (point.Targets.Count == 0)
                {
                    rows.Add(Row(part.Title, point.Number, point.Title, point.ResponsibleUnit, point.Leader, pointStatus, null, report));
                }

                foreach (var target in point.Targets)
                {
                    rows.Add(Row(part.Title, point.Number, point.Title, point.ResponsibleUnit, point.Leader, pointStatus, target, report));
                }
            }
        }

        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: $"{report.Year}年第{report.Quarter}季度");
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Row(string part, int number, string title, string unit, string leader, string pointStatus, ViewProgress.TargetProgress? t, QuarterlyReport report)
    {
        var values = new object?[]
        {
            part, number, title, unit, leader, pointStatus,
            t?.Name, t?.TargetValue, t?.Unit, t?.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t?.Value, t?.Percent, t?.StatusText, t?.Reason, t?.ValueSource,
            t is not null && report.Evidence.TryGetValue(t.Id, out var files) ? string.Join("；", files) : null,
        };
        // Titles, reasons and file names are typed by users: none may reach the sheet as a formula.
        return Columns.Zip(values).ToDictionary(p => p.First, p => Minzheng.Platform.Files.SpreadsheetText.SafeCell(p.Second));
    }
}
