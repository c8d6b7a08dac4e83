using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Minzheng.Platform.Access;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Indicators;
using Minzheng.WorkPlan.Data;
using Minzheng.WorkPlan.Features.DownloadEvidence;
using Minzheng.WorkPlan.Features.LoadPlan;
using Minzheng.WorkPlan.Features.QuarterlyReport;
using Minzheng.WorkPlan.Features.ReportProgress;
using Minzheng.WorkPlan.Features.ReviewProgress;
using Minzheng.WorkPlan.Features.Shared;
using Minzheng.WorkPlan.Features.ViewProgress;
using Minzheng.WorkPlan.Features.ViewTarget;

namespace Minzheng.WorkPlan;

/// <summary>The work plan's REST API: plans and their progress, targets, progress reports and the quarterly report.</summary>
internal static class WorkPlanEndpoints
{
    private const int MaxPlanBytes = 2 * 1024 * 1024;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/workplan").WithTags("工作要点 WorkPlan").RequireAuthorization(Policies.CaseData).ProducesApiErrors();

        g.MapGet("/plans", async (WorkPlanDbContext db, CancellationToken ct) => TypedResults.Ok(await db.YearsAsync(ct)))
            .WithSummary("已导入工作要点的年度");

        g.MapGet("/plans/{year:int}", async (int year, [FromQuery] DateOnly? asOf, PlanProgressHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(year, asOf, ct)))
            .WithSummary("一年的工作要点：各部分、各要点及每个量化指标的当前值与状态（asOf 缺省为今天）");

        g.MapPost("/plans", async (HttpRequest request, LoadPlanHandler h, CancellationToken ct) =>
        {
            // The plan file is the raw JSON body: not a form post, so no cross-site form can send it.
            if (request.ContentLength > MaxPlanBytes)
            {
                return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "文件过大", detail: "计划文件不能超过 2 MB");
            }

            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, ct);
            var result = await h.HandleAsync(body.ToArray(), ct);
            return result.Outcome == LoadOutcome.Created ? Results.Created($"/api/workplan/plans/{result.Year}", result) : Results.Ok(result);
        }).Accepts<PlanFile>("application/json").WithSummary("导入或更新一年的工作要点（请求体为计划文件 JSON；整份导入，有错则不导入）");

        g.MapGet("/plans/{year:int}/report.xlsx", async (int year, [FromQuery] int? quarter, QuarterlyReportHandler h, CancellationToken ct) =>
        {
            var report = await h.HandleAsync(year, quarter ?? 0, ct);
            return Results.File(QuarterlyReportXlsx.Write(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{report.Title}.xlsx");
        }).WithSummary("季度进展报告（XLSX），quarter 为 1–4");

        g.MapGet("/indicators", (IndicatorRegistry registry) => TypedResults.Ok(registry.Definitions))
            .WithSummary("各业务模块发布的可绑定指标");

        g.MapGet("/targets/{id:guid}", async (Guid id, TargetDetailHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(id, ct)))
            .WithSummary("量化指标详情：趋势、分镇街数据、进度填报");

        g.MapPost("/targets/{id:guid}/reports", async (Guid id, ReportProgressBody body, ReportProgressHandler h, CancellationToken ct) =>
        {
            var reportId = await h.HandleAsync(id, new ReportProgressRequest(body.Value, body.AsOf, body.Note), body.Evidence?.ToFile(), ct);
            return TypedResults.Created($"/api/workplan/reports/{reportId}", new { id = reportId });
        }).WithSummary("填报进度（附佐证材料，Base64），待审核");

        g.MapPost("/reports/{id:guid}/approve", async (Guid id, ReviewRequest request, ReviewProgressHandler h, CancellationToken ct) =>
        {
            await h.ApproveAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("审核通过进度填报（不能审核自己的填报）");

        g.MapPost("/reports/{id:guid}/reject", async (Guid id, ReviewRequest request, ReviewProgressHandler h, CancellationToken ct) =>
        {
            await h.RejectAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("退回进度填报（须写明理由）");

        g.MapGet("/reports/{id:guid}/evidence", async (Guid id, DownloadEvidenceHandler h, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(id, ct);
            return Results.File(file.Bytes, file.ContentType, file.Name);
        }).WithSummary("下载佐证材料");
    }

    internal sealed record ReportProgressBody(decimal? Value, DateOnly? AsOf, string? Note, EvidenceBody? Evidence);

    internal sealed record EvidenceBody(string? Name, string? ContentType, string? Base64)
    {
        public EvidenceFile ToFile()
        {
            try
            {
                return new EvidenceFile(Name ?? string.Empty, ContentType ?? "application/octet-stream", Convert.FromBase64String(Base64 ?? string.Empty));
            }
            catch (FormatException)
            {
                throw new InputValidationException("evidence", "佐证材料的 Base64 内容无效");
            }
        }
    }
}
