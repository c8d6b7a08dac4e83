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

/// <summary>养老服务. So far: elders from the registry and their GB/T 42195 ability assessments; beds, services and visits come next.</summary>
public sealed class ElderlyModule : IModule
{
    public string Name => "Elderly";

    public Assembly PagesAssembly => typeof(ElderlyModule).Assembly;

    public IReadOnlyList<NavItem> Navigation { get; } =
    [
        new("养老服务", "老年人能力评估", "/elderly", "heart", [.. Minzheng.Platform.Access.Policies.CaseDataRoles]),
    ];

    public IReadOnlyList<Type> HomeWidgets { get; } = [];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new SettingCatalogue(ElderlyDefaults.Definitions, ElderlyDefaults.All));
        services.AddDbContext<ElderlyDbContext>((sp, o) => sp.GetRequiredService<DatabaseOptions>().Apply(o));
        services.AddScoped<AssessElderHandler>();
        services.AddScoped<ElderProfileHandler>();
        services.AddScoped<ListEldersHandler>();
        services.AddScoped<Features.RecordCategories.ElderCategoriesReader>();
        services.AddScoped<Features.RecordCategories.RecordFlagsHandler>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => ElderlyEndpoints.Map(endpoints);

    /// <summary>Applies elderly care's tables to the consolidated migrations model.</summary>
    public static void ConfigureModel(ModelBuilder builder) => ElderlyModel.Configure(builder);
}
