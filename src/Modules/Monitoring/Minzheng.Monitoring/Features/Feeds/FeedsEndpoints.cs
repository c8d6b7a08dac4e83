using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Minzheng.Monitoring.Domain;
using Minzheng.Monitoring.Features.Partners;
using Minzheng.Platform.Errors;

namespace Minzheng.Monitoring.Features.Feeds;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class FeedsEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/feeds", async (ListFeedsHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithSummary("数据目录（部门、数据项、列格式、报送客户端、最新版本）与上传历史（区级）");

        g.MapPost("/feeds/{kind}/uploads", async (string kind, FeedUploadRequest request, UploadFeedHandler h, CancellationToken ct) =>
        {
            var result = await h.HandleAsync(kind, FeedFile.FromBytes(request.FileName ?? string.Empty, Decode(request.ContentBase64)), UploadChannel.Api, ct);
            return Results.Json(result, statusCode: result.Duplicate ? 200 : 201);
        }).WithSummary("上传一个数据项（CSV/XLSX，Base64）：逐行校验，有任何一行错误则整份不导入并返回行号、列和原因；同一文件重复上传只保存一次")
          .WithMetadata(new RequestSizeLimitAttribute(300L * 1024 * 1024));
        MapPurge(g);
    }

    private static void MapPurge(RouteGroupBuilder g) =>
        g.MapPost("/feeds/purge", async (PurgeFeedsHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithSummary("清除超过保存期限的部门数据历史版本内容（各数据项最新版本保留；保存期限为设置项；每次清除记入审计日志）");

    public static void MapOutsideGroup(IEndpointRouteBuilder endpoints)
    {
        // Partner departments send their feeds with client credentials (HTTP Basic: client id and secret), not a login.
        endpoints.MapPost("/api/partner/feeds/{kind}", async (string kind, [FromQuery] string? fileName, HttpRequest http, PartnerClientsHandler clients, UploadFeedHandler h, CancellationToken ct) =>
        {
            var client = await AuthenticateAsync(http, clients, ct);
            if (client is null)
            {
                http.HttpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"minzheng-partner\"";
                return Results.Problem(statusCode: 401, title: "未认证", detail: "请以 HTTP Basic 提供接口客户端的 client id 和密钥");
            }

            // The body is read as it arrives, encrypted a chunk at a time, and refused as soon as it passes the limit.
            var result = await h.HandlePartnerAsync(client, kind, new FeedFile(fileName ?? kind + ".csv", () => http.Body), ct);
            return Results.Json(result, statusCode: result.Duplicate ? 200 : 201);
        }).AllowAnonymous().WithTags("合作部门 Partner").RequireRateLimiting("login")
          .WithSummary("合作部门报送数据（HTTP Basic 客户端凭据；请求体为 CSV 或 XLSX 文件，不超过 200 MB；?fileName=）")
          .WithMetadata(new RequestSizeLimitAttribute(UploadFeedHandler.MaxBytes + (1 << 20)))
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
}
