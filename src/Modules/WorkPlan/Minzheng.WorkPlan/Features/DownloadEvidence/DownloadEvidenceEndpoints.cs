using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Minzheng.WorkPlan.Features.DownloadEvidence;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class DownloadEvidenceEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapGet("/reports/{id:guid}/evidence", async (Guid id, DownloadEvidenceHandler h, CancellationToken ct) =>
        {
            var file = await h.HandleAsync(id, ct);
            return Results.File(file.Bytes, file.ContentType, file.Name);
        }).WithSummary("下载佐证材料");
    }
}
