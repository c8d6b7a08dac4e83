using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.Ledger.Features.GetProofs;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class GetProofsEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/proof/inclusion", async (long index, long? size, ProofHandler h, CancellationToken ct) => TypedResults.Ok(await h.InclusionAsync(index, size, ct)))
            .WithSummary("某条记录的包含证明（RFC 9162 §2.1.3）");

        g.MapGet("/proof/consistency", async (long from, long to, ProofHandler h, CancellationToken ct) => TypedResults.Ok(await h.ConsistencyAsync(from, to, ct)))
            .WithSummary("两个规模之间的一致性证明（RFC 9162 §2.1.4）");

        g.MapGet("/entries/{index:long}", async (long index, ProofHandler h, CancellationToken ct) => TypedResults.Ok(await h.EntryAsync(index, ct)))
            .WithSummary("一条记录（不含可读的个人信息）");
    }
}
