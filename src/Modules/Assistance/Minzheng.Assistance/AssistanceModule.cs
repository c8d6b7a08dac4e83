using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Assistance.Domain.Benefits;
using Minzheng.Assistance.Features.PublishIndicators;
using Minzheng.Platform.Indicators;
using Minzheng.Platform.Modules;
using Minzheng.Platform.Settings;

namespace Minzheng.Assistance;

/// <summary>社会救助. So far: the benefit rules and the standards they read (as settings); applications and payroll come next.</summary>
public sealed class AssistanceModule : IModule
{
    public string Name => "Assistance";

    public Assembly PagesAssembly => typeof(AssistanceModule).Assembly;

    public IReadOnlyList<NavItem> Navigation { get; } = [];

    public IReadOnlyList<Type> HomeWidgets { get; } = [];

    public void AddServices(IServiceCollection services, IConfiguration configuration) => AddCore(services);

    /// <summary>What the CLI needs too: the standards catalogue and the indicators published from it.</summary>
    public static void AddCore(IServiceCollection services)
    {
        services.AddSingleton(new SettingCatalogue(AssistanceDefaults.Definitions, AssistanceDefaults.All));
        services.AddScoped<IIndicatorSource, StandardIndicators>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // No endpoints yet: nothing of social assistance is served until its use cases are built.
    }
}
