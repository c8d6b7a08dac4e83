using Minzheng.Platform.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Features.AdvanceCase;
using Minzheng.Assistance.Features.ApplyForAssistance;
using Minzheng.Assistance.Features.GetCase;
using Minzheng.Assistance.Features.ListCases;
using Minzheng.Assistance.Features.Shared;
using Minzheng.Platform.Access;

namespace Minzheng.Assistance;

/// <summary>Social assistance's REST API: applications (cases) and their workflow.</summary>
internal static class AssistanceEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/assistance").WithTags("社会救助 Assistance").RequireAuthorization(Policies.CaseData).ProducesApiErrors();

        g.MapGet("/cases", async ([AsParameters] CaseQuery q, ListCasesHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(new CaseFilter(q.Status, q.Region, q.Overdue, q.Page ?? 1, q.Size ?? 20, q.Programme), ct)))
            .WithSummary("救助申请列表（按类别 programme、状态、镇街、是否超期筛选）");

        g.MapPost("/cases", async (ApplyRequest request, ApplyHandler h, CancellationToken ct) =>
        {
            var c = await h.HandleAsync(request, ct);
            return TypedResults.Created($"/api/assistance/cases/{c.Id}", new { id = c.Id, number = c.Number });
        }).WithSummary("受理社会救助申请（programme：Tekun 依次认定特困→低保→边缘→刚性支出，或 Dibao、Edge、RigidExpense、Temporary；DisabilityLiving、DisabilityCare 须附 personId；须附签字的核对授权书，Base64）");

        g.MapGet("/figures/towns", async (Features.CaseFigures.CaseFiguresHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithSummary("各镇街：办理中、超期、已批准户数与月保障金额");

        g.MapGet("/cases/{id:guid}", async (Guid id, GetCaseHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(id, ct)))
            .WithSummary("案件详情：申请时的户、流程、核算说明、时间线");

        g.MapPost("/cases/{id:guid}/actions", async (Guid id, AdvanceRequest request, AdvanceHandler h, GetCaseHandler get, CancellationToken ct) =>
        {
            await h.HandleAsync(id, request, ct);
            return TypedResults.Ok(await get.HandleAsync(id, ct));
        }).WithSummary("办理一步：核对、入户调查（含收入）、初审、公示异议、公示期满、审核确认或不予批准");

        g.MapGet("/cases/{id:guid}/publicity-notice", async (Guid id, Features.PrintNotices.NoticesHandler h, CancellationToken ct) => TypedResults.Ok(await h.PublicityAsync(id, ct)))
            .WithSummary("公示内容（姓名、身份证号脱敏，不含未成年人）");

        g.MapGet("/cases/{id:guid}/refusal-notice", async (Guid id, Features.PrintNotices.NoticesHandler h, CancellationToken ct) => TypedResults.Ok(await h.RefusalAsync(id, ct)))
            .WithSummary("不予批准告知书内容");

        g.MapPost("/cases/{id:guid}/benefit", async (Guid id, Features.ManageBenefit.BenefitRequest request, Features.ManageBenefit.ManageBenefitHandler h, GetCaseHandler get, CancellationToken ct) =>
        {
            await h.HandleAsync(id, request, ct);
            return TypedResults.Ok(await get.HandleAsync(id, ct));
        }).WithSummary("动态管理：复核、增发/减发（自某月起的新金额）、渐退、停发（自某月起）、暂停发放、恢复发放；均须写明理由");

        g.MapGet("/reviews", async ([Microsoft.AspNetCore.Mvc.FromQuery] bool? overdue, Features.ManageBenefit.ReviewsHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(overdue == true, ct)))
            .WithSummary("复核任务：30 天内到期或已逾期的复核，以及暂停发放待复核的户");

        g.MapGet("/payroll/runs", async (Features.Payroll.PayrollQueries q, CancellationToken ct) => TypedResults.Ok(await q.RunsAsync(ct)))
            .WithSummary("发放造册列表（按月份、镇街）");

        g.MapPost("/payroll/runs", async (Features.Payroll.PrepareRequest request, Features.Payroll.PreparePayrollHandler h, CancellationToken ct) =>
            {
                var run = await h.StartInBackgroundAsync(request, ct);
                return TypedResults.Accepted($"/api/assistance/payroll/runs/{run.Id}", Features.Payroll.PayrollQueries.Row(run));
            })
            .WithSummary("造册：某镇街某月某项目（dibao 低保、tekun 特困）的发放（已批准且已起保的，及此前银行退回的补发），后台执行；返回 202，"
                + "GET 造册详情查看进度（status=Preparing、progress）。中断后重新造册只补缺，不会重复发放；自上次造册以来该镇街案件与银行退回均无变化时，立即返回原造册，不写任何数据");

        g.MapGet("/payroll/runs/{id:guid}", async (Guid id, Features.Payroll.PayrollQueries q, CancellationToken ct) => TypedResults.Ok(await q.RunAsync(id, ct)))
            .WithSummary("造册详情与每笔发放");

        g.MapPost("/payroll/runs/{id:guid}/approve", async (Guid id, Features.Payroll.ApprovePayrollHandler h, CancellationToken ct) =>
            TypedResults.Ok(Features.Payroll.PayrollQueries.Row(await h.HandleAsync(id, ct))))
            .WithSummary("审批发放（须由造册人以外的区级人员）：每笔写入服务链，未登记银行账号的转为异常");

        g.MapGet("/payroll/runs/{id:guid}/banks", async (Guid id, Features.Payroll.BankFiles files, CancellationToken ct) => TypedResults.Ok(await files.BanksAsync(id, ct)))
            .WithSummary("按开户行汇总的笔数与金额");

        g.MapGet("/payroll/runs/{id:guid}/bank-file", async (Guid id, [Microsoft.AspNetCore.Mvc.FromQuery] string? bank, Features.Payroll.BankFiles files, CancellationToken ct) =>
        {
            var (name, bytes) = await files.FileAsync(id, bank, ct);
            return Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
        }).WithSummary("下载某开户行的代发文件（XLSX，含合计行；导出记入审计）");

        g.MapPost("/payroll/runs/{id:guid}/returns", async (Guid id, Features.Payroll.BankReturnUpload upload, Features.Payroll.BankReturnHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(id, upload, ct)))
            .WithSummary("导入银行回盘（付款编号、结果、原因）：失败的转为异常，下月造册补发；有错误的行整份不导入");

        g.MapGet("/payroll/totals", async ([Microsoft.AspNetCore.Mvc.FromQuery] int? year, Features.Payroll.PayrollQueries q, TimeProvider clock, CancellationToken ct) =>
            TypedResults.Ok(await q.TotalsAsync(year ?? clock.GetUtcNow().Year, ct)))
            .WithSummary("资金合计：按项目和月份的已审批、已发放、失败、待审批金额");

        g.MapGet("/payroll/payments/{id:guid}/receipt", async (Guid id, Features.Payroll.PayrollQueries q, CancellationToken ct) =>
        {
            var p = await q.PaymentAsync(id, ct);
            return TypedResults.Ok(new { payment = Features.Payroll.PayrollQueries.PaymentView(p), salt = p.Salt });
        }).WithSummary("发放回执（交受益人）：服务链事件键、受益人承诺值及其盐值");

        g.MapGet("/cases/{id:guid}/consent", async (Guid id, AssistanceDbContext db, CancellationToken ct) =>
        {
            var c = await db.Cases.AsNoTracking().Where(x => x.Id == id).Select(x => new { x.ConsentFileName }).FirstOrDefaultAsync(ct)
                ?? throw new Minzheng.Platform.Errors.NotFoundException("案件不存在或无权查看");
            var consent = await db.Consents.AsNoTracking().FirstOrDefaultAsync(x => x.CaseId == id, ct) ?? throw new Minzheng.Platform.Errors.NotFoundException("没有核对授权书");
            return Results.File(consent.Bytes, ContentType(c.ConsentFileName), c.ConsentFileName);
        }).WithSummary("下载核对授权书");

        g.MapGet("/gaps", async ([Microsoft.AspNetCore.Mvc.FromQuery] string? region, Features.CoverageGaps.CoverageGapsHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(region, ct)))
            .WithSummary("疑似漏保：没有劳动年龄成员、也没有在办申请或在保待遇的在册家庭（最多 500 户；truncated 表示还有更多）");

        g.MapPost("/gaps/{id:guid}/dismiss", async (Guid id, Features.CoverageGaps.DismissGapRequest request, Features.CoverageGaps.CoverageGapsHandler h, CancellationToken ct) =>
        {
            await h.DismissAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("核实后不需要救助（写明情况）：一年内不再列为疑似漏保");

        g.MapGet("/cases/{id:guid}/photos", async (Guid id, Features.InvestigationPhotos.InvestigationPhotosHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(id, ct)))
            .WithSummary("入户调查照片（列表）");

        g.MapPost("/cases/{id:guid}/photos", async (Guid id, Features.InvestigationPhotos.PhotoRequest request, Features.InvestigationPhotos.InvestigationPhotosHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.AddAsync(id, request, ct)))
            .WithSummary("上传入户调查照片（入户调查阶段，镇街经办或村居协理员；JPG/PNG，base64；每案最多 20 张）");

        g.MapGet("/photos/{id:guid}", async (Guid id, Features.InvestigationPhotos.InvestigationPhotosHandler h, CancellationToken ct) =>
        {
            var (name, bytes) = await h.GetAsync(id, ct);
            return Results.File(bytes, ContentType(name), name);
        }).WithSummary("查看一张入户调查照片");
    }

    private static string ContentType(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".png" => "image/png",
        _ => "image/jpeg",
    };

    internal sealed record CaseQuery(CaseStatus? Status, string? Region, bool? Overdue, int? Page, int? Size, Domain.Programmes.Programme? Programme);
}
