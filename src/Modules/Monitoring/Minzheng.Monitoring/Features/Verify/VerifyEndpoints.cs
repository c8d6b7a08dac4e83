using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minzheng.Platform.Errors;

namespace Minzheng.Monitoring.Features.Verify;

/// <summary>The HTTP routes of this use case, mapped by the module into its /api group.</summary>
internal static class VerifyEndpoints
{
    public static void Map(RouteGroupBuilder g)
    {
        g.MapPost("/verifications", async (VerifyRequest request, VerifyCaseHandler h, CancellationToken ct) =>
        {
            var view = await h.HandleAsync(request.CaseId ?? throw new InputValidationException("caseId", "请指定申请"), ct);
            return TypedResults.Created($"/api/monitoring/verifications/{view.Id}", view);
        }).WithSummary("为一件救助申请做家庭经济状况核对（须有签字的授权书），生成并保存核对报告");

        g.MapGet("/verifications/{id:guid}", async (Guid id, VerifyCaseHandler h, CancellationToken ct) => TypedResults.Ok(await h.GetAsync(id, ct)))
            .WithSummary("核对报告");

        g.MapGet("/cases/{id:guid}/verifications", async (Guid id, VerifyCaseHandler h, CancellationToken ct) => TypedResults.Ok(await h.ForCaseAsync(id, ct)))
            .WithSummary("一件申请的核对报告");
    }

    internal sealed record VerifyRequest(Guid? CaseId);
}
