using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Monitoring.Data;
using Minzheng.Monitoring.Domain;
using Minzheng.Monitoring.Features.Alerts;
using Minzheng.Monitoring.Features.Feeds;
using Minzheng.Monitoring.Features.Partners;
using Minzheng.Monitoring.Features.Population;
using Minzheng.Monitoring.Features.Runs;
using Minzheng.Monitoring.Features.Shared;
using Minzheng.Monitoring.Features.Verify;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Platform.Modules;
using Minzheng.Platform.Settings;

namespace Minzheng.Monitoring;

/// <summary>核对与监测: partner departments' feeds, the monitored population, the monthly match, alerts to the towns, 核对 reports.</summary>
public sealed class MonitoringModule : IModule
{
    public string Name => "Monitoring";

    public Assembly PagesAssembly => typeof(MonitoringModule).Assembly;

    public IReadOnlyList<NavItem> Navigation { get; } =
    [
        new("核对与监测", "监测预警", "/monitoring", "alert", [.. Policies.CaseDataRoles]),
        new("核对与监测", "数据接入与比对", "/monitoring/feeds", "cloud-upload", [.. MonitoringAccess.DistrictRoles]),
        new("系统设置", "合作部门接口客户端", "/admin/partners", "api", [Minzheng.Platform.Identity.Roles.SystemAdmin]),
    ];

    public IReadOnlyList<Type> HomeWidgets { get; } = [typeof(Features.Alerts.AlertFiguresWidget)];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(MonitoringAuditVocabulary.Value);
        AddCore(services);
        services.AddHostedService<Data.Sealed.LegacyFeedSealing>();
        if (configuration.GetValue("Jobs:WorkerEnabled", true))
        {
            services.AddHostedService<MatchRunWorker>();
        }
    }

    /// <summary>What the CLI needs too: settings, the context and the use cases it runs (upload, run).</summary>
    public static void AddCore(IServiceCollection services)
    {
        services.AddSingleton(new SettingCatalogue(MonitoringDefaults.Definitions, MonitoringDefaults.All));
        services.AddDbContext<MonitoringDbContext>((sp, o) => sp.GetRequiredService<DatabaseOptions>().Apply(o));
        services.AddScoped<UploadFeedHandler>();
        services.AddScoped<PurgeFeedsHandler>();
        services.AddSingleton<Contracts.IMonitoringOperations, MonitoringOperations>();
        services.AddScoped<ListFeedsHandler>();
        services.AddScoped<PartnerClientsHandler>();
        services.AddScoped<PopulationReader>();
        services.AddScoped<SubjectsHandler>();
        services.AddScoped<MatchSettings>();
        services.AddScoped<StartRunHandler>();
        services.AddScoped<RunExecutor>();
        services.AddScoped<FindingsToAlerts>();
        services.AddScoped<ListAlertsHandler>();
        services.AddScoped<HandleAlertHandler>();
        services.AddScoped<AlertFiguresHandler>();
        services.AddScoped<VerifyCaseHandler>();
        services.AddScoped<Minzheng.Monitoring.Contracts.IVerifiedAssets, Features.Verify.VerifiedAssetsReader>();
        services.AddScoped<Minzheng.Monitoring.Contracts.IEarlyWarnings, Features.Alerts.EarlyWarningsReader>();
    }

    public async Task<string?> SeedDemoAsync(IServiceProvider services, DemoSeed demo, CancellationToken ct = default)
    {
        await using var scope = Minzheng.Platform.Access.SystemScope.Create(services.GetRequiredService<IServiceScopeFactory>(), "演示数据");
        var seeded = await Features.SeedDemo.MonitoringDemo.SeedAsync(scope.ServiceProvider, ct);
        return seeded > 0 ? $"demo monitoring: {seeded} households, five feeds, this month's run" : null;
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => MonitoringEndpoints.Map(endpoints);

    /// <summary>Applies monitoring's tables to the consolidated migrations model.</summary>
    public static void ConfigureModel(ModelBuilder builder) => MonitoringModel.Configure(builder);
}
