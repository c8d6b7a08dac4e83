using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Elderly.Features.ImportRoster;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class ImportRosterEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapPost("/roster", async (HttpRequest request, [FromQuery] string? fileName, ImportRosterHandler h, CancellationToken ct) =>
        {
            var (body, name, problem) = await Minzheng.Platform.Files.TableUpload.ReadAsync(request, fileName, "elderly-roster", ct);
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
        }).WithSummary("导入老年人花名册（CSV/XLSX 原始内容）：留守、重残、计划生育特殊家庭与探访风险等级；有错误则整份不导入并返回行级错误");

        g.MapGet("/roster/template.csv", () => Minzheng.Platform.Files.TableUpload.Template(RosterColumns.TemplateCsv, "老年人花名册模板.csv"))
            .WithSummary("老年人花名册模板（CSV）");
    }
}
