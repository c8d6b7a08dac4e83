using Minzheng.Platform.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Minzheng.Elderly.Features.AssessElder;
using Minzheng.Elderly.Features.ElderProfile;
using Minzheng.Elderly.Features.ListElders;
using Minzheng.Platform.Access;

namespace Minzheng.Elderly;

/// <summary>Elderly care's REST API: elders (registered people aged 60+) and their ability assessments.</summary>
internal static class ElderlyEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/elderly").WithTags("养老服务 Elderly").RequireAuthorization(Policies.CaseData).ProducesApiErrors();

        g.MapGet("/persons", async ([FromQuery] string? region, [FromQuery] string? name, [FromQuery] int? page, ListEldersHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.HandleAsync(region, name, page ?? 1, 20, ct)))
            .WithSummary("60周岁及以上老年人及其最近一次能力评估");

        g.MapGet("/persons/{id:guid}", async (Guid id, ElderProfileHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(id, ct)))
            .WithSummary("老年人档案与能力评估记录");

        g.MapPut("/persons/{id:guid}/flags", async (Guid id, Features.RecordCategories.FlagsRequest request, Features.RecordCategories.RecordFlagsHandler h, CancellationToken ct) =>
        {
            await h.HandleAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("登记留守、重残、计划生育特殊家庭（其余类别由数据推定）");

        g.MapGet("/providers", async (Features.Providers.ProvidersHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .WithSummary("养老服务机构（养老机构、居家养老服务商、助餐点）");

        g.MapPost("/providers", async (Features.Providers.ProviderRequest request, Features.Providers.ProvidersHandler h, CancellationToken ct) => TypedResults.Ok(await h.CreateAsync(request, ct)))
            .WithSummary("登记服务机构（区业务股室）：类型、服务区域、床位与护理型床位、等级");

        g.MapPost("/roster", async (HttpRequest request, [FromQuery] string? fileName, Features.ImportRoster.ImportRosterHandler h, CancellationToken ct) =>
        {
            var (body, name, problem) = await Minzheng.Platform.Files.TableUpload.ReadAsync(request, fileName, "elderly-roster", ct);
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
        }).WithSummary("导入老年人花名册（CSV/XLSX 原始内容）：留守、重残、计划生育特殊家庭与探访风险等级；有错误则整份不导入并返回行级错误");

        g.MapGet("/roster/template.csv", () => Minzheng.Platform.Files.TableUpload.Template(Features.ImportRoster.RosterColumns.TemplateCsv, "老年人花名册模板.csv"))
            .WithSummary("老年人花名册模板（CSV）");

        g.MapGet("/providers/{id:guid}/inspections", async (Guid id, Features.Inspections.InspectionsHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(id, ct)))
            .WithSummary("养老机构的安全检查记录（最新在前；逾期未整改标为 overdue）");

        g.MapPost("/providers/{id:guid}/inspections", async (Guid id, Features.Inspections.InspectionRequest request, Features.Inspections.InspectionsHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.RecordAsync(id, request, ct)))
            .WithSummary("登记安全检查（区业务股室，或机构所在镇街）：日期、检查人员、结论（Pass 合格 / Rectify 限期整改 / Suspend 停业整顿）、问题、整改期限");

        g.MapPost("/inspections/{id:guid}/rectify", async (Guid id, Features.Inspections.RectifyRequest request, Features.Inspections.InspectionsHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.RectifyAsync(id, request, ct)))
            .WithSummary("登记整改完成：日期与整改情况");

        g.MapGet("/providers/{id:guid}/accounts", async (Guid id, Features.ProviderAccounts.ProviderAccountsHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(id, ct)))
            .WithSummary("绑定到该机构的服务机构账号（区业务股室）");

        g.MapPost("/providers/{id:guid}/accounts", async (Guid id, Features.ProviderAccounts.BindAccountRequest request, Features.ProviderAccounts.ProviderAccountsHandler h, CancellationToken ct) =>
        {
            await h.GrantAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("把一个“服务机构”角色的账号绑定到该机构：此后它只看到、只登记本机构的服务对象");

        g.MapDelete("/providers/{id:guid}/accounts/{userName}", async (Guid id, string userName, Features.ProviderAccounts.ProviderAccountsHandler h, CancellationToken ct) =>
        {
            await h.RevokeAsync(id, userName, ct);
            return TypedResults.NoContent();
        }).WithSummary("解除账号绑定");

        g.MapGet("/persons/{id:guid}/home-care", async (Guid id, Features.HomeCare.HomeCareHandler h, CancellationToken ct) => TypedResults.Ok(await h.ViewAsync(id, ct)))
            .WithSummary("家庭养老床位与上门服务记录");

        g.MapPost("/persons/{id:guid}/bed", async (Guid id, Features.HomeCare.OpenBedRequest request, Features.HomeCare.HomeCareHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.OpenBedAsync(id, request, ct)))
            .WithSummary("建家庭养老床位：签约机构、协议编号、建床日期、适老化配置");

        g.MapPost("/persons/{id:guid}/bed/end", async (Guid id, Features.HomeCare.EndBedRequest request, Features.HomeCare.HomeCareHandler h, CancellationToken ct) =>
        {
            await h.EndBedAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("撤销家庭养老床位");

        g.MapPost("/persons/{id:guid}/services", async (Guid id, Features.HomeCare.DeliveryRequest request, Features.HomeCare.ServiceDeliveriesHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.RecordDeliveryAsync(id, request, ct)))
            .WithSummary("登记上门服务：机构、项目、服务人员、签到签退（北京时间，或带时区偏移）、评价、照片（可选）、所完成的工单（可选）；补贴按标准计算并记入服务链");

        g.MapGet("/deliveries/{id:guid}/photo", async (Guid id, Features.HomeCare.ServiceDeliveriesHandler h, CancellationToken ct) =>
        {
            var (name, bytes) = await h.PhotoAsync(id, ct);
            return Results.File(bytes, Features.Shared.PhotoUploads.ContentType(name), name);
        }).WithSummary("上门服务照片");

        g.MapPost("/persons/{id:guid}/orders", async (Guid id, Features.ServiceOrders.OrderRequest request, Features.ServiceOrders.ServiceOrdersHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.CreateAsync(id, request, ct)))
            .WithSummary("派发上门服务工单：居家养老服务商或养老机构、服务项目、服务期限（90 天内）、备注；机构在工作台登记服务即完成");

        g.MapPost("/orders/{id:guid}/cancel", async (Guid id, Features.ServiceOrders.ServiceOrdersHandler h, CancellationToken ct) =>
        {
            await h.CancelAsync(id, ct);
            return TypedResults.NoContent();
        }).WithSummary("取消待服务的工单");

        g.MapGet("/persons/{id:guid}/retrofits", async (Guid id, Features.Retrofits.RetrofitHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(id, ct)))
            .WithSummary("居家适老化改造记录");

        g.MapPost("/persons/{id:guid}/retrofits", async (Guid id, Features.Retrofits.ApplyRetrofitRequest request, Features.Retrofits.RetrofitHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.ApplyAsync(id, request, ct)))
            .WithSummary("登记适老化改造申请：改造项目（至少一项基础类）、申请日期");

        g.MapPost("/retrofits/{id:guid}/advance", async (Guid id, Features.Retrofits.AdvanceRetrofitRequest request, Features.Retrofits.RetrofitHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.AdvanceAsync(id, request, ct)))
            .WithSummary("登记下一阶段：评估（核定补贴）→ 施工（改造前照片）→ 验收（改造后照片）；不能跳过");

        g.MapGet("/retrofits/{id:guid}/photo", async (Guid id, [FromQuery] bool? after, Features.Retrofits.RetrofitHandler h, CancellationToken ct) =>
        {
            var (name, bytes) = await h.PhotoAsync(id, after == true, ct);
            return Results.File(bytes, Features.Shared.PhotoUploads.ContentType(name), name);
        }).WithSummary("改造前（after=false）或改造后（after=true）照片");

        g.MapGet("/persons/{id:guid}/meals", async (Guid id, Features.Meals.MealsHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(id, ct)))
            .WithSummary("助餐登记与助餐记录");

        g.MapPost("/persons/{id:guid}/meal-enrolments", async (Guid id, Features.Meals.EnrolRequest request, Features.Meals.MealsHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.EnrolAsync(id, request, ct)))
            .WithSummary("助餐登记：助餐点与登记日期；登记期间，该助餐点的机构账号可为该老人登记助餐");

        g.MapPost("/meal-enrolments/{id:guid}/end", async (Guid id, Features.Meals.EndEnrolmentRequest request, Features.Meals.MealsHandler h, CancellationToken ct) =>
        {
            await h.EndEnrolmentAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("结束助餐登记");

        g.MapPost("/persons/{id:guid}/meals", async (Guid id, Features.Meals.MealRequest request, Features.Meals.MealsHandler h, CancellationToken ct) =>
            TypedResults.Ok(await h.RecordAsync(id, request, ct)))
            .WithSummary("登记助餐：助餐点、日期、餐数（1–3）；每人每天每个助餐点一条；补贴按标准计算并记入服务链");

        g.MapGet("/centenarians", async (Features.Centenarians.CentenariansHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .WithSummary("百岁老人名单与最近的关爱");

        g.MapPost("/persons/{id:guid}/centenarian-actions", async (Guid id, Features.Centenarians.CareActionRequest request, Features.Centenarians.CentenariansHandler h, CancellationToken ct) =>
        {
            await h.RecordAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("登记百岁老人关爱：生日慰问、节日慰问、健康体检、高龄津贴发放");

        g.MapGet("/facilities", async (Features.Facilities.FacilitiesHandler h, CancellationToken ct) => TypedResults.Ok(await h.ViewAsync(ct)))
            .WithSummary("养老服务设施与覆盖率（街道、乡镇综合性养老服务中心，农村互助养老服务设施）");

        g.MapPost("/facilities", async (Features.Facilities.FacilityRequest request, Features.Facilities.FacilitiesHandler h, CancellationToken ct) => TypedResults.Ok(await h.CreateAsync(request, ct)))
            .WithSummary("登记设施（区业务股室）：综合性养老服务中心登记在镇街，互助养老服务设施登记在村");

        g.MapGet("/visits/overdue", async (Features.OverdueVisits.OverdueVisitsHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithSummary("逾期未探访的老人（按探访计划的频次）");

        g.MapGet("/figures/towns", async (Features.HomeCare.ServiceFiguresHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithSummary("各镇街在用与本年新增家庭养老床位、本年上门服务人次");

        g.MapGet("/persons/{id:guid}/visits", async (Guid id, Features.CareVisits.CareVisitsHandler h, CancellationToken ct) => TypedResults.Ok(await h.ViewAsync(id, ct)))
            .WithSummary("探访计划与探访记录");

        g.MapPut("/persons/{id:guid}/visit-plan", async (Guid id, Features.CareVisits.PlanRequest request, Features.CareVisits.CareVisitsHandler h, CancellationToken ct) =>
        {
            await h.SetPlanAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("制定探访计划（高风险每周、重点每月、一般每季度）");

        g.MapPost("/persons/{id:guid}/visits", async (Guid id, Features.CareVisits.VisitRequest request, Features.CareVisits.CareVisitsHandler h, CancellationToken ct) =>
        {
            await h.RecordAsync(id, request, ct);
            return TypedResults.NoContent();
        }).WithSummary("登记一次探访（上门、电话、视频）");

        Features.ProviderWorkspace.ProviderWorkspaceEndpoints.Map(endpoints);

        g.MapPost("/persons/{id:guid}/assessments", async (Guid id, AssessRequest request, AssessElderHandler h, CancellationToken ct) =>
        {
            var a = await h.HandleAsync(id, request, ct);
            return TypedResults.Created($"/api/elderly/persons/{id}", new { id = a.Id, a.Total, level = a.Level.ToString() });
        }).WithSummary("录入能力评估（GB/T 42195-2022，26项评分）");
    }
}
