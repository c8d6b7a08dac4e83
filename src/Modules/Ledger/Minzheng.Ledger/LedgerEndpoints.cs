using Minzheng.Platform.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Ledger.Features.Checkpoints;
using Minzheng.Ledger.Features.GetProofs;

namespace Minzheng.Ledger;

/// <summary>The service chain's public API: no login, because the log holds no personal data and anyone may check it.</summary>
internal static class LedgerEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/public/ledger").WithTags("服务链 Ledger (公开)").AllowAnonymous().ProducesApiErrors(signedIn: false);

        g.MapGet("/checkpoint", async (CheckpointHandler h, CancellationToken ct) =>
            await h.LatestAsync(ct) is { } c ? Results.Text(c.Note, "text/plain; charset=utf-8") : Results.Problem(statusCode: 404, title: "尚无检查点"))
            .WithSummary("最新的已签名检查点（规模、根哈希、时间、签名与见证联署）");

        g.MapGet("/proof/inclusion", async (long index, long? size, ProofHandler h, CancellationToken ct) => TypedResults.Ok(await h.InclusionAsync(index, size, ct)))
            .WithSummary("某条记录的包含证明（RFC 9162 §2.1.3）");

        g.MapGet("/proof/consistency", async (long from, long to, ProofHandler h, CancellationToken ct) => TypedResults.Ok(await h.ConsistencyAsync(from, to, ct)))
            .WithSummary("两个规模之间的一致性证明（RFC 9162 §2.1.4）");

        g.MapGet("/entries/{index:long}", async (long index, ProofHandler h, CancellationToken ct) => TypedResults.Ok(await h.EntryAsync(index, ct)))
            .WithSummary("一条记录（不含可读的个人信息）");

        g.MapPost("/witness", async (HttpRequest request, CheckpointHandler h, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            var added = await h.AcceptCosignaturesAsync(await reader.ReadToEndAsync(ct), ct);
            return TypedResults.Ok(new { added });
        }).WithSummary("见证方提交对检查点的联署签名（正文为已签名检查点文本）");
    }
}
