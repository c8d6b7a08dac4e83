using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Platform.Errors;

namespace Minzheng.Ledger;

/// <summary>The service chain's public API: no login, because the log holds no personal data and anyone may check it.</summary>
internal static class LedgerEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/public/ledger").WithTags("服务链 Ledger (公开)").AllowAnonymous().ProducesApiErrors(signedIn: false);

        Features.Checkpoints.CheckpointsEndpoints.Map(g);
        Features.GetProofs.GetProofsEndpoints.Map(g);
    }
}
