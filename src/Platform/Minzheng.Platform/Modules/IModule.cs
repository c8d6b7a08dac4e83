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
}

/// <summary>A side-menu entry; only built features appear. <paramref name="Roles"/> empty means every staff role.</summary>
public sealed record NavItem(string Group, string Title, string Href, string Icon, IReadOnlyList<string> Roles);
