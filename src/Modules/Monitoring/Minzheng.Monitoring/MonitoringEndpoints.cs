using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Minzheng.Monitoring.Domain;
using Minzheng.Monitoring.Features.Alerts;
using Minzheng.Monitoring.Features.Feeds;
using Minzheng.Monitoring.Features.Partners;
using Minzheng.Monitoring.Features.Population;
using Minzheng.Monitoring.Features.Runs;
using Minzheng.Monitoring.Features.Verify;
using Minzheng.Platform.Access;
using Minzheng.Platform.Errors;

namespace Minzheng.Monitoring;

/// <summary>核对与监测's REST API: feeds and partner clients, the monitored population, the monthly batch, alerts, 核对 reports.</summary>
internal static class MonitoringEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/monitoring").WithTags("核对与监测 Monitoring").RequireAuthorization(Policies.CaseData).ProducesApiErrors();

        g.MapGet("/feeds", async (ListFeedsHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithSummary("数据目录（部门、数据项、列格式、报送客户端、最新版本）与上传历史（区级）");

        g.MapPost("/feeds/{kind}/uploads", async (string kind, FeedUploadRequest request, UploadFeedHandler h, CancellationToken ct) =>
        {
            var result = await h.HandleAsync(kind, new FeedFile(request.FileName ?? string.Empty, Decode(request.ContentBase64)), UploadChannel.Api, ct);
            return Results.Json(result, statusCode: result.Duplicate ? 200 : 201);
        }).WithSummary("上传一个数据项（CSV/XLSX，Base64）：逐行校验，有任何一行错误则整份不导入并返回行号、列和原因；同一文件重复上传只保存一次")
          .WithMetadata(new RequestSizeLimitAttribute(300L * 1024 * 1024));

        g.MapGet("/partners", async (PartnerClientsHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .WithSummary("合作部门接口客户端");

        g.MapPost("/partners", async (CreatePartnerRequest request, PartnerClientsHandler h, CancellationToken ct) => TypedResults.Ok(await h.CreateAsync(request, ct)))
            .WithSummary("为合作部门创建接口客户端（密钥只显示这一次）");

        g.MapPost("/partners/{id:guid}/disable", async (Guid id, PartnerClientsHandler h, CancellationToken ct) =>
        {
            await h.DisableAsync(id, ct);
            return TypedResults.NoContent();
        }).WithSummary("停用接口客户端");

        g.MapGet("/population", async (SubjectsHandler h, CancellationToken ct) => TypedResults.Ok(await h.ViewAsync(ct)))
            .WithSummary("监测对象：按类别的户数，以及镇街登记的防返贫监测、其他困难人员");

        g.MapPost("/subjects", async (AddSubjectRequest request, SubjectsHandler h, CancellationToken ct) => TypedResults.Ok(await h.AddAsync(request, ct)))
            .WithSummary("将一户纳入监测（防返贫监测对象或其他困难人员）");

        g.MapPost("/runs", async (StartRunRequest request, StartRunHandler h, CancellationToken ct) =>
        {
            var run = await h.StartInBackgroundAsync(request, ct);
            return TypedResults.Accepted($"/api/monitoring/runs/{run.Id}", RunView.Of(run));
        }).WithSummary("启动（或重新运行）某月的批量比对；进度见 GET /runs/{id}；重复运行不会产生重复预警");

        g.MapGet("/runs", async (StartRunHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .WithSummary("批量比对记录");

        g.MapGet("/runs/{id:guid}", async (Guid id, StartRunHandler h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(id, ct)))
            .WithSummary("一次比对的进度与结果");

        g.MapGet("/alerts", async ([AsParameters] AlertQuery q, ListAlertsHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(new AlertFilter(q.Status, q.Town, q.Overdue, q.Rule, q.Page ?? 1, q.Size ?? 20), ct)))
            .WithSummary("预警列表（status=Open|Acknowledged|Closed|active，town，rule，overdue=true 为逾期上报区级的清单）");

        g.MapGet("/alerts/{id:guid}", async (Guid id, HandleAlertHandler h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(id, ct)))
            .WithSummary("预警详情与处置记录");

        g.MapPost("/alerts/{id:guid}/acknowledge", async (Guid id, HandleAlertHandler h, CancellationToken ct) => TypedResults.Ok(await h.AcknowledgeAsync(id, ct)))
            .WithSummary("签收预警");

        g.MapPost("/alerts/{id:guid}/close", async (Guid id, CloseAlertRequest request, HandleAlertHandler h, CancellationToken ct) => TypedResults.Ok(await h.CloseAsync(id, request, ct)))
            .WithSummary("办结预警：走访日期、方式、核实情况和处置结果（已救助、无需救助、已转介）");

        g.MapGet("/figures/towns", async (AlertFiguresHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithSummary("各镇街待处置、逾期和本月办结的预警数");

        g.MapPost("/verifications", async (VerifyRequest request, VerifyCaseHandler h, CancellationToken ct) =>
        {
            var view = await h.HandleAsync(request.CaseId ?? throw new InputValidationException("caseId", "请指定申请"), ct);
            return TypedResults.Created($"/api/monitoring/verifications/{view.Id}", view);
        }).WithSummary("为一件救助申请做家庭经济状况核对（须有签字的授权书），生成并保存核对报告");

        g.MapGet("/verifications/{id:guid}", async (Guid id, VerifyCaseHandler h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(id, ct)))
            .WithSummary("核对报告");

        g.MapGet("/cases/{id:guid}/verifications", async (Guid id, VerifyCaseHandler h, CancellationToken ct) => TypedResults.Ok(await h.ForCaseAsync(id, ct)))
            .WithSummary("一件申请的核对报告");

        // Partner departments send their feeds with client credentials (HTTP Basic: client id and secret), not a login.
        endpoints.MapPost("/api/partner/feeds/{kind}", async (string kind, [FromQuery] string? fileName, HttpRequest http, PartnerClientsHandler clients, UploadFeedHandler h, CancellationToken ct) =>
        {
            var client = await AuthenticateAsync(http, clients, ct);
            if (client is null)
            {
                http.HttpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"minzheng-partner\"";
                return Results.Problem(statusCode: 401, title: "未认证", detail: "请以 HTTP Basic 提供接口客户端的 client id 和密钥");
            }

            using var body = new MemoryStream();
            await http.Body.CopyToAsync(body, ct);
            var result = await h.HandlePartnerAsync(client, kind, new FeedFile(fileName ?? kind + ".csv", body.ToArray()), ct);
            return Results.Json(result, statusCode: result.Duplicate ? 200 : 201);
        }).AllowAnonymous().WithTags("合作部门 Partner").RequireRateLimiting("login")
          .WithSummary("合作部门报送数据（HTTP Basic 客户端凭据；请求体为 CSV 或 XLSX 文件；?fileName=）")
          .WithMetadata(new RequestSizeLimitAttribute(300L * 1024 * 1024))
            .ProducesApiErrors();
    }

    private static async Task<PartnerClient?> AuthenticateAsync(HttpRequest http, PartnerClientsHandler clients, CancellationToken ct)
    {
        if (!AuthenticationHeaderValue.TryParse(http.Headers.Authorization, out var header) || !"Basic".Equals(header.Scheme, StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return null;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return null;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 ? null : await clients.AuthenticateAsync(text[..colon], text[(colon + 1)..], ct);
    }

    private static byte[] Decode(string? base64)
    {
        try
        {
            return Convert.FromBase64String(base64 ?? string.Empty);
        }
        catch (FormatException)
        {
            throw new InputValidationException("contentBase64", "文件内容不是有效的 Base64");
        }
    }

    internal sealed record FeedUploadRequest(string? FileName, string? ContentBase64);

    internal sealed record VerifyRequest(Guid? CaseId);

    internal sealed record AlertQuery(string? Status, string? Town, bool? Overdue, string? Rule, int? Page, int? Size);
}
