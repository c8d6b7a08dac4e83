using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Platform.Identity;
using Minzheng.Platform.Modules;
using Minzheng.Registry.Data;
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
using Minzheng.Registry.Features.SeedDemo;
using Minzheng.Registry.Features.Shared;

namespace Minzheng.Registry;

/// <summary>户籍人口: regions, persons, households and their history.</summary>
public sealed class RegistryModule : IModule
{
    public string Name => "Registry";

    public Assembly PagesAssembly => typeof(RegistryModule).Assembly;

    public IReadOnlyList<NavItem> Navigation { get; } =
    [
        new("户籍人口", "户管理", "/registry/households", "home", [.. Minzheng.Platform.Access.Policies.CaseDataRoles]),
        new("户籍人口", "人员查询", "/registry/persons", "user", [.. Minzheng.Platform.Access.Policies.CaseDataRoles]),
        new("户籍人口", "花名册导入", "/registry/import", "upload", [Roles.DistrictOfficer, Roles.TownCaseWorker, Roles.VillageAssistant]),
    ];

    public IReadOnlyList<Type> HomeWidgets { get; } = [typeof(TownFiguresWidget)];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(RegistryAuditVocabulary.Value);
        services.AddDbContext<RegistryDbContext>((sp, o) => sp.GetRequiredService<DatabaseOptions>().Apply(o));
        services.AddScoped<PersonFactory>();
        services.AddScoped<RegionOptions>();
        services.AddScoped<HouseholdWriter>();
        services.AddScoped<CreateHouseholdHandler>();
        services.AddScoped<ListHouseholdsHandler>();
        services.AddScoped<GetHouseholdHandler>();
        services.AddScoped<AddMemberHandler>();
        services.AddScoped<MoveMemberHandler>();
        services.AddScoped<ChangePersonStatusHandler>();
        services.AddScoped<RevealFieldHandler>();
        services.AddScoped<ListPersonsHandler>();
        services.AddScoped<TownFiguresHandler>();
        services.AddScoped<SeedDemoHandler>();
        services.AddScoped<ImportHouseholdsHandler>();
        services.AddScoped<EditHouseholdHandler>();
        services.AddScoped<EditPersonHandler>();
        services.AddScoped<ChangeHeadHandler>();
        services.AddScoped<Minzheng.Platform.Regions.IRegionDirectory, Features.RegionDirectory.RegistryRegionDirectory>();
        services.AddScoped<Minzheng.Registry.Contracts.IHouseholdSnapshots, Features.Snapshots.RegistryHouseholdSnapshots>();
        services.AddScoped<Minzheng.Registry.Contracts.IPersonDirectory, Features.Snapshots.RegistryPersonDirectory>();
        services.AddScoped<Minzheng.Registry.Contracts.IHouseholdProfiles, Features.Snapshots.RegistryHouseholdProfiles>();
        services.AddScoped<Minzheng.Registry.Contracts.IElderPopulation, Features.Snapshots.RegistryElderPopulation>();
        services.AddScoped<Minzheng.Registry.Contracts.IMemberIdentities, Features.Snapshots.RegistryMemberIdentities>();
        services.AddScoped<Minzheng.Registry.Contracts.IPayees, Features.Snapshots.RegistryPayees>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => RegistryEndpoints.Map(endpoints);

    /// <summary>Households in the demo district at scale 1 (`mz seed demo` shows its progress against this).</summary>
    public const int DemoHouseholdsPerScale = SeedDemoHandler.DistrictHouseholds;

    public async Task<string?> SeedDemoAsync(IServiceProvider services, DemoSeed demo, CancellationToken ct = default)
    {
        await using var scope = SystemScope.Create(services.GetRequiredService<IServiceScopeFactory>(), "演示数据");
        var seeded = await scope.ServiceProvider.GetRequiredService<SeedDemoHandler>().HandleAsync(demo.Scale, demo.Seed, demo.Progress, ct);
        return seeded > 0 ? $"{seeded} households" : null;
    }

    /// <summary>Applies the registry's tables to the consolidated migrations model.</summary>
    public static void ConfigureModel(ModelBuilder builder) => RegistryModel.Configure(builder);
}
