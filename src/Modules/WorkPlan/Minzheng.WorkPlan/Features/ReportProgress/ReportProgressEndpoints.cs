using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Platform.Errors;

namespace Minzheng.WorkPlan.Features.ReportProgress;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class ReportProgressEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapPost("/targets/{id:guid}/reports", async (Guid id, ReportProgressBody body, ReportProgressHandler h, CancellationToken ct) =>
        {
            var reportId = await h.HandleAsync(id, new ReportProgressRequest(body.Value, body.AsOf, body.Note), body.Evidence?.ToFile(), ct);
            return TypedResults.Created($"/api/workplan/reports/{reportId}", new { id = reportId });
        }).WithSummary("填报进度（附佐证材料，Base64），待审核");
    }

    internal sealed record ReportProgressBody(decimal? Value, DateOnly? AsOf, string? Note, EvidenceBody? Evidence);

    internal sealed record EvidenceBody(string? Name, string? ContentType, string? Base64)
    {
        public EvidenceFile ToFile()
        {
            try
            {
                return new EvidenceFile(Name ?? string.Empty, ContentType ?? "application/octet-stream", Convert.FromBase64String(Base64 ?? string.Empty));
            }
            catch (FormatException)
            {
                throw new InputValidationException("evidence", "佐证材料的 Base64 内容无效");
            }
        }
    }
}
