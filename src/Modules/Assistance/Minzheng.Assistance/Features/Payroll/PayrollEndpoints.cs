using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Assistance.Features.Payroll;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class PayrollEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/payroll/runs", async (PayrollQueries q, CancellationToken ct) => TypedResults.Ok(await q.RunsAsync(ct)))
            .WithSummary("发放造册列表（按月份、镇街）");

        g.MapPost("/payroll/runs", async (PrepareRequest request, PreparePayrollHandler h, CancellationToken ct) =>
            {
                var run = await h.StartInBackgroundAsync(request, ct);
                return TypedResults.Accepted($"/api/assistance/payroll/runs/{run.Id}", PayrollQueries.Row(run));
            })
            .WithSummary("造册：某镇街某月某项目（dibao 低保、tekun 特困）的发放（已批准且已起保的，及此前银行退回的补发），后台执行；返回 202，"
                + "GET 造册详情查看进度（status=Preparing、progress）。中断后重新造册只补缺，不会重复发放；自上次造册以来该镇街案件与银行退回均无变化时，立即返回原造册，不写任何数据");

        g.MapGet("/payroll/runs/{id:guid}", async (Guid id, PayrollQueries q, CancellationToken ct) => TypedResults.Ok(await q.RunAsync(id, ct)))
            .WithSummary("造册详情与每笔发放");

        g.MapPost("/payroll/runs/{id:guid}/approve", async (Guid id, ApprovePayrollHandler h, CancellationToken ct) =>
            TypedResults.Ok(PayrollQueries.Row(await h.HandleAsync(id, ct))))
            .WithSummary("审批发放（须由造册人以外的区级人员）：每笔写入服务链，未登记银行账号的转为异常");

        g.MapGet("/payroll/totals", async ([Microsoft.AspNetCore.Mvc.FromQuery] int? year, PayrollQueries q, TimeProvider clock, CancellationToken ct) =>
            TypedResults.Ok(await q.TotalsAsync(year ?? clock.GetUtcNow().Year, ct)))
            .WithSummary("资金合计：按项目和月份的已审批、已发放、失败、待审批金额");

        g.MapGet("/payroll/payments/{id:guid}/receipt", async (Guid id, PayrollQueries q, CancellationToken ct) =>
        {
            var p = await q.PaymentAsync(id, ct);
            return TypedResults.Ok(new { payment = PayrollQueries.PaymentView(p), salt = p.Salt });
        }).WithSummary("发放回执（交受益人）：服务链事件键、受益人承诺值及其盐值");
    }
}
