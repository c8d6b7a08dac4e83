using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.WorkPlan.Features.QuarterlyReport;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class QuarterlyReportEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/plans/{year:int}/report.xlsx", async (int year, [FromQuery] int? quarter, QuarterlyReportHandler h, CancellationToken ct) =>
        {
            var report = await h.HandleAsync(year, quarter ?? 0, ct);
            return Results.File(QuarterlyReportXlsx.Write(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{report.Title}.xlsx");
        }).WithSummary("季度进展报告（XLSX），quarter 为 1–4");
    }
}
