using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Assistance.Features.Payroll;

/// <summary>The bank side of an approved payroll: totals per bank, the bank files, and the banks' returns.</summary>
internal static class BankFilesEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/payroll/runs/{id:guid}/banks", async (Guid id, BankFiles files, CancellationToken ct) => TypedResults.Ok(await files.BanksAsync(id, ct)))
            .WithSummary("按开户行汇总的笔数与金额");

        g.MapGet("/payroll/runs/{id:guid}/bank-file", async (Guid id, [Microsoft.AspNetCore.Mvc.FromQuery] string? bank, BankFiles files, CancellationToken ct) =>
        {
            var (name, bytes) = await files.FileAsync(id, bank, ct);
            return Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
        }).WithSummary("下载某开户行的代发文件（XLSX，含合计行；导出记入审计）");

        g.MapPost("/payroll/runs/{id:guid}/returns", async (Guid id, BankReturnUpload upload, BankReturnHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(id, upload, ct)))
            .WithSummary("导入银行回盘（付款编号、结果、原因）：失败的转为异常，下月造册补发；有错误的行整份不导入");
    }
}
