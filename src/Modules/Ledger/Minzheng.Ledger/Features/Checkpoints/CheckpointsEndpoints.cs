using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Ledger.Features.Checkpoints;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class CheckpointsEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/checkpoint", async (CheckpointHandler h, CancellationToken ct) =>
            await h.LatestAsync(ct) is { } c ? Results.Text(c.Note, "text/plain; charset=utf-8") : Results.Problem(statusCode: 404, title: "尚无检查点"))
            .WithSummary("最新的已签名检查点：C2SP tlog-checkpoint 签名笔记（来源、规模、根哈希；日志签名与见证方 cosignature/v1 联署）");

        g.MapPost("/witness", async (HttpRequest request, CheckpointHandler h, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            var added = await h.AcceptCosignaturesAsync(await reader.ReadToEndAsync(ct), ct);
            return TypedResults.Ok(new { added });
        }).WithSummary("见证方提交对检查点的联署签名（正文为带 C2SP cosignature/v1 签名行的检查点；时间晚于本机时钟 10 分钟以上的不予接受）");
    }
}
