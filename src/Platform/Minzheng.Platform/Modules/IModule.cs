using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Minzheng.Platform.Modules;

/// <summary>What a business-line module plugs into the host: services, endpoints, pages, menu entries.</summary>
public interface IModule
{
    string Name { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder endpoints);

    /// <summary>The assembly holding the module's routable Razor pages.</summary>
    System.Reflection.Assembly PagesAssembly { get; }

    IReadOnlyList<NavItem> Navigation { get; }

    /// <summary>Components the module shows on the home page (figures, charts), in order.</summary>
    IReadOnlyList<Type> HomeWidgets { get; }

    /// <summary>
    /// Seeds the module's demo data, once (first start with Demo:SeedOnFirstStart; `mz seed demo`), acting as the system.
    /// Returns what was seeded, for the log, or null when there was nothing new. The registry goes first: the others build on its households.
    /// </summary>
    Task<string?> SeedDemoAsync(IServiceProvider services, DemoSeed demo, CancellationToken ct = default) => Task.FromResult<string?>(null);
}

/// <summary>How much demo data: <paramref name="Scale"/> 1 is a district (10,000 households), 20 a city; deterministic for a <paramref name="Seed"/>.</summary>
public sealed record DemoSeed(int Scale = 1, int Seed = 430408, IProgress<int>? Progress = null);

/// <summary>A side-menu entry; only built features appear, and only to the <paramref name="Roles"/> that may open the page.</summary>
public sealed record NavItem(string Group, string Title, string Href, string Icon, IReadOnlyList<string> Roles);
