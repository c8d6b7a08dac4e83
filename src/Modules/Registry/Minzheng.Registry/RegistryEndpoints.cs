using Minzheng.Platform.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Minzheng.Platform.Files;
using Minzheng.Platform.Paging;
using Minzheng.Registry.Domain;
using Minzheng.Registry.Features.AddMember;
using Minzheng.Registry.Features.ChangePersonStatus;
using Minzheng.Registry.Features.ChangeHead;
using Minzheng.Registry.Features.CreateHousehold;
using Minzheng.Registry.Features.EditHousehold;
using Minzheng.Registry.Features.EditPerson;
using Minzheng.Registry.Features.GetHousehold;
using Minzheng.Registry.Features.HouseholdStats;
using Minzheng.Registry.Features.ImportHouseholds;
using Minzheng.Registry.Features.ListHouseholds;
using Minzheng.Registry.Features.ListPersons;
using Minzheng.Registry.Features.MoveMember;
using Minzheng.Registry.Features.RevealField;
using Minzheng.Registry.Features.Shared;

namespace Minzheng.Registry;

/// <summary>The registry's REST API. ID numbers travel only in request bodies, never in URLs.</summary>
internal static class RegistryEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/registry").WithTags("户籍人口 Registry").RequireAuthorization(Minzheng.Platform.Access.Policies.CaseData).ProducesApiErrors();

        g.MapGet("/households", async ([AsParameters] HouseholdQuery q, ListHouseholdsHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(new HouseholdFilter { RegionCode = q.Region, Keyword = q.Keyword, Kind = q.Kind, Page = q.Page ?? 1, Size = q.Size ?? 20 }, ct)))
            .WithSummary("户列表（分页，敏感信息脱敏）");

        g.MapPost("/households/search", async (HouseholdFilter filter, ListHouseholdsHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(filter, ct)))
            .WithSummary("按身份证号等条件查询户（身份证号放在请求体中）");

        g.MapGet("/households/{id:guid}", async (Guid id, GetHouseholdHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(id, ct)))
            .WithSummary("户详情");

        g.MapPost("/households", async (CreateHouseholdRequest request, CreateHouseholdHandler h, CancellationToken ct) =>
        {
            var id = await h.HandleAsync(request, ct);
            return TypedResults.Created($"/api/registry/households/{id}", new { id });
        }).WithSummary("新增户（含户主及成员）");

        g.MapPut("/households/{id:guid}", async (Guid id, EditHouseholdRequest request, EditHouseholdHandler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("修改户信息（城乡类别、地址、开户银行、银行账号）");

        g.MapPost("/households/{id:guid}/head", async (Guid id, ChangeHeadRequest request, ChangeHeadHandler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("变更户主");

        g.MapPut("/persons/{id:guid}", async (Guid id, EditPersonRequest request, EditPersonHandler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("更正姓名或电话");

        g.MapPost("/households/{id:guid}/members", async (Guid id, MemberInput input, AddMemberHandler h, CancellationToken ct) =>
        {
            var personId = await h.HandleAsync(id, input, ct);
            return TypedResults.Created($"/api/registry/persons/{personId}", new { id = personId });
        }).WithSummary("登记新成员");

        g.MapPost("/households/{id:guid}/move-in", async (Guid id, MoveMemberRequest request, MoveMemberHandler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("已登记人员迁入本户");

        g.MapPost("/households/{id:guid}/reveal", async (Guid id, RevealRequest request, RevealFieldHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.RevealHouseholdAsync(id, request, ct)))
            .WithSummary("查看完整银行账号（须说明用途，记入审计）");

        g.MapGet("/persons", async ([AsParameters] PersonQuery q, ListPersonsHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(new PersonFilter { RegionCode = q.Region, Name = q.Name, Status = q.Status, MinAge = q.MinAge, Page = q.Page ?? 1, Size = q.Size ?? 20 }, ct)))
            .WithSummary("人员列表（分页，脱敏）");

        g.MapPost("/persons/search", async (PersonFilter filter, ListPersonsHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(filter, ct)))
            .WithSummary("按身份证号等条件查询人员");

        g.MapPost("/persons/{id:guid}/status", async (Guid id, ChangePersonStatusRequest request, ChangePersonStatusHandler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("登记死亡或迁出");

        g.MapPost("/persons/{id:guid}/reveal", async (Guid id, RevealRequest request, RevealFieldHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.RevealPersonAsync(id, request, ct)))
            .WithSummary("查看完整身份证号或电话（须说明用途，记入审计）");

        g.MapPost("/import", async (HttpRequest request, [Microsoft.AspNetCore.Mvc.FromQuery] string? fileName, ImportHouseholdsHandler h, CancellationToken ct) =>
        {
            var (body, name, problem) = await TableUpload.ReadAsync(request, fileName, "roster", ct);
            if (problem is not null)
            {
                return problem;
            }

            await using var _ = body;
            var report = await h.HandleAsync(body!, name, ct);
            return report.Applied
                ? Results.Ok(report)
                : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "导入未执行：文件有错误", detail: report.FileError ?? $"共{report.Errors.Count}处错误，未导入任何数据",
                    extensions: new Dictionary<string, object?> { ["rows"] = report.Errors });
        }).WithSummary("导入户籍花名册（CSV/XLSX 原始内容；有错误则整份不导入并返回行级错误）");

        g.MapGet("/import/template.csv", () => TableUpload.Template(ImportColumns.TemplateCsv, "户籍导入模板.csv"))
            .WithSummary("导入模板（CSV）");

        g.MapGet("/stats/towns", async (TownFiguresHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithSummary("各镇街户数、人数、60岁以上老人数");
    }

    internal sealed record HouseholdQuery(string? Region, string? Keyword, HouseholdKind? Kind, int? Page, int? Size);

    internal sealed record PersonQuery(string? Region, string? Name, PersonStatus? Status, int? MinAge, int? Page, int? Size);
}
