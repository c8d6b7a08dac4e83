using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain;
using Minzheng.Elderly.Features.AssessElder;
using Minzheng.Elderly.Features.ElderProfile;
using Minzheng.Elderly.Features.ListElders;
using Minzheng.Platform.Data;
using Minzheng.Platform.Modules;
using Minzheng.Platform.Settings;

namespace Minzheng.Elderly;

/// <summary>养老服务: elders from the registry, their categories, GB/T 42195 ability assessments, 探访关爱, providers, home care beds and door-to-door services.</summary>
public sealed class ElderlyModule : IModule
{
    public string Name => "Elderly";

    public Assembly PagesAssembly => typeof(ElderlyModule).Assembly;

    public IReadOnlyList<NavItem> Navigation { get; } =
    [
        new("养老服务", "老年人能力评估", "/elderly", "heart", [.. Minzheng.Platform.Access.Policies.CaseDataRoles]),
        new("养老服务", "老年人花名册导入", "/elderly/import", "upload", [Minzheng.Platform.Identity.Roles.DistrictOfficer, Minzheng.Platform.Identity.Roles.TownCaseWorker, Minzheng.Platform.Identity.Roles.VillageAssistant]),
        new("养老服务", "逾期未探访", "/elderly/visits/overdue", "clock-circle", [.. Minzheng.Platform.Access.Policies.CaseDataRoles]),
        new("养老服务", "百岁老人关爱", "/elderly/centenarians", "gift", [.. Minzheng.Platform.Access.Policies.CaseDataRoles]),
        new("养老服务", "养老服务设施", "/elderly/facilities", "home", [.. Minzheng.Platform.Access.Policies.CaseDataRoles]),
        new("养老服务", "服务机构", "/elderly/providers", "shop", [.. Minzheng.Platform.Access.Policies.CaseDataRoles]),
        new("养老服务", "机构工作台", "/provider", "team", [Minzheng.Platform.Identity.Roles.ServiceProvider]),
    ];

    public IReadOnlyList<Type> HomeWidgets { get; } = [typeof(Features.HomeCare.ServiceFiguresWidget)];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ElderlyAuditVocabulary.Value);
        AddCore(services);
        services.AddScoped<AssessElderHandler>();
        services.AddScoped<Features.CareVisits.CareVisitsHandler>();
        services.AddScoped<ElderProfileHandler>();
        services.AddScoped<ListEldersHandler>();
        services.AddScoped<Features.Providers.ListProvidersHandler>();
        services.AddScoped<Features.Providers.RegisterProviderHandler>();
        services.AddScoped<Features.OverdueVisits.OverdueVisitsHandler>();
        services.AddScoped<Features.ElderFigures.ElderFiguresHandler>();
        services.AddScoped<Features.Retrofits.ListRetrofitsHandler>();
        services.AddScoped<Features.Retrofits.ApplyRetrofitHandler>();
        services.AddScoped<Features.Retrofits.AdvanceRetrofitHandler>();
        services.AddScoped<Features.Retrofits.RetrofitPhotoHandler>();
        services.AddScoped<Features.Facilities.FacilitiesHandler>();
        services.AddScoped<Features.Meals.ListMealsHandler>();
        services.AddScoped<Features.Meals.EnrolAtMealPointHandler>();
        services.AddScoped<Features.Meals.EndMealEnrolmentHandler>();
        services.AddScoped<Features.Meals.RecordMealHandler>();
        services.AddScoped<Features.Centenarians.CentenariansHandler>();
        services.AddScoped<Features.HomeCare.ViewHomeCareHandler>();
        services.AddScoped<Features.HomeCare.OpenBedHandler>();
        services.AddScoped<Features.HomeCare.EndBedHandler>();
        services.AddScoped<Features.HomeCare.ServiceDeliveriesHandler>();
        services.AddScoped<Features.HomeCare.ServiceFiguresHandler>();
        services.AddScoped<Features.RecordCategories.ElderCategoriesReader>();
        services.AddScoped<Minzheng.Elderly.Contracts.IEldersInNeed, Features.RecordCategories.EldersInNeedReader>();
        services.AddScoped<Features.RecordCategories.RecordFlagsHandler>();
        services.AddScoped<Features.ProviderAccounts.ProviderAccountsHandler>();
        services.AddScoped<Features.ProviderWorkspace.ProviderWorkspaceHandler>();
        services.AddScoped<Features.Inspections.ListInspectionsHandler>();
        services.AddScoped<Features.Inspections.RecordInspectionHandler>();
        services.AddScoped<Features.Inspections.RectifyInspectionHandler>();
        services.AddScoped<Features.ImportRoster.ImportRosterHandler>();
        services.AddScoped<Features.ServiceOrders.ServiceOrdersHandler>();
    }

    /// <summary>What the CLI needs too: the settings and the indicators the work plan binds to.</summary>
    public static void AddCore(IServiceCollection services)
    {
        services.AddSingleton(new SettingCatalogue(ElderlyDefaults.Definitions, ElderlyDefaults.All));
        services.AddDbContext<ElderlyDbContext>((sp, o) => sp.GetRequiredService<DatabaseOptions>().Apply(o));
        services.AddScoped<Features.ElderFigures.ElderFiguresReader>();
        services.AddScoped<Minzheng.Platform.Indicators.IIndicatorSource, Features.PublishIndicators.VisitIndicators>();
        services.AddScoped<Minzheng.Platform.Indicators.IIndicatorSource, Features.PublishIndicators.ServiceIndicators>();
        services.AddScoped<Minzheng.Platform.Indicators.IIndicatorSource, Features.PublishIndicators.FacilityIndicators>();
        Minzheng.Platform.Outbox.Subscribers.SubscriberServices.AddOutboxSubscriber<Features.FollowRegistry.RegistryChangesSubscriber>(services);
    }

    public async Task<string?> SeedDemoAsync(IServiceProvider services, DemoSeed demo, CancellationToken ct = default)
    {
        await using var scope = Minzheng.Platform.Access.SystemScope.Create(services.GetRequiredService<IServiceScopeFactory>(), "演示数据");
        var seeded = await Features.SeedDemo.ElderlyDemo.SeedAsync(scope.ServiceProvider, ct);
        return seeded > 0 ? $"demo elderly-care providers; the demo account {Features.SeedDemo.ElderlyDemo.ProviderAccount} works for the home-service provider" : null;
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => ElderlyEndpoints.Map(endpoints);

    /// <summary>Applies elderly care's tables to the consolidated migrations model.</summary>
    public static void ConfigureModel(ModelBuilder builder) => ElderlyModel.Configure(builder);
}
