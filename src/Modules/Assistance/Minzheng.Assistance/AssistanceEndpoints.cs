using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Features.AdvanceCase;
using Minzheng.Assistance.Features.ApplyForAssistance;
using Minzheng.Assistance.Features.GetCase;
using Minzheng.Assistance.Features.ListCases;
using Minzheng.Assistance.Features.Shared;
using Minzheng.Platform.Access;

namespace Minzheng.Assistance;

/// <summary>Social assistance's REST API: applications (cases) and their workflow.</summary>
internal static class AssistanceEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/assistance").WithTags("社会救助 Assistance").RequireAuthorization(Policies.CaseData);

        g.MapGet("/cases", async ([AsParameters] CaseQuery q, ListCasesHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(new CaseFilter(q.Status, q.Region, q.Overdue, q.Page ?? 1, q.Size ?? 20), ct)))
            .WithSummary("救助申请列表（按状态、镇街、是否超期筛选）");

        g.MapPost("/cases", async (ApplyRequest request, ApplyHandler h, CancellationToken ct) =>
        {
            var c = await h.HandleAsync(request, ct);
            return TypedResults.Created($"/api/assistance/cases/{c.Id}", new { id = c.Id, number = c.Number });
        }).WithSummary("受理低保申请（须附签字的核对授权书，Base64）");

        g.MapGet("/figures/towns", async (Features.CaseFigures.CaseFiguresHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithSummary("各镇街：办理中、超期、已批准户数与月保障金额");

        g.MapGet("/cases/{id:guid}", async (Guid id, GetCaseHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(id, ct)))
            .WithSummary("案件详情：申请时的户、流程、核算说明、时间线");

        g.MapPost("/cases/{id:guid}/actions", async (Guid id, AdvanceRequest request, AdvanceHandler h, GetCaseHandler get, CancellationToken ct) =>
        {
            await h.HandleAsync(id, request, ct);
            return TypedResults.Ok(await get.HandleAsync(id, ct));
        }).WithSummary("办理一步：核对、入户调查（含收入）、初审、公示异议、公示期满、审核确认或不予批准");

        g.MapGet("/cases/{id:guid}/publicity-notice", async (Guid id, Features.PrintNotices.NoticesHandler h, CancellationToken ct) => TypedResults.Ok(await h.PublicityAsync(id, ct)))
            .WithSummary("公示内容（姓名、身份证号脱敏，不含未成年人）");

        g.MapGet("/cases/{id:guid}/refusal-notice", async (Guid id, Features.PrintNotices.NoticesHandler h, CancellationToken ct) => TypedResults.Ok(await h.RefusalAsync(id, ct)))
            .WithSummary("不予批准告知书内容");

        g.MapGet("/cases/{id:guid}/consent", async (Guid id, AssistanceDbContext db, CancellationToken ct) =>
        {
            var c = await db.CaseAsync(id, ct, tracked: false);
            return Results.File(c.Consent, ContentType(c.ConsentFileName), c.ConsentFileName);
        }).WithSummary("下载核对授权书");
    }

    private static string ContentType(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".png" => "image/png",
        _ => "image/jpeg",
    };

    internal sealed record CaseQuery(CaseStatus? Status, string? Region, bool? Overdue, int? Page, int? Size);
}
