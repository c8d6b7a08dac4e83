using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Platform.Files;

namespace Minzheng.Registry.Features.ImportHouseholds;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class ImportHouseholdsEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapPost("/import", async (HttpRequest request, [Microsoft.AspNetCore.Mvc.FromQuery] string? fileName, ImportHouseholdsHandler h, CancellationToken ct) =>
        {
            var (body, name, problem) = await TableUpload.ReadAsync(request, fileName, "roster", ct);
            if (problem is not null)
            {
                return problem;
            }

            await using var _ = body;
            var report = await h.HandleAsync(body!, name, ct);
            return report.Applied
                ? Results.Ok(report)
                : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "导入未执行：文件有错误", detail: report.FileError ?? $"共{report.Errors.Count}处错误，未导入任何数据",
                    extensions: new Dictionary<string, object?> { ["rows"] = report.Errors });
        }).WithSummary("导入户籍花名册（CSV/XLSX 原始内容；有错误则整份不导入并返回行级错误）");

        g.MapGet("/import/template.csv", () => TableUpload.Template(ImportColumns.TemplateCsv, "户籍导入模板.csv"))
            .WithSummary("导入模板（CSV）");
    }
}
