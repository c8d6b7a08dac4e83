using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Minzheng.IntegrationTests.Infrastructure;

namespace Minzheng.IntegrationTests.Platform;

/// <summary>
/// No component holds a DbContext, directly or through what it injects (issue 16.2, ADR 0008): a circuit lives as long as
/// the tab, so such a context would keep stale rows and a failed action's changes. Components run actions through
/// UseCases, a fresh scope each. An architecture test, checked on the web host's real container.
/// </summary>
[Collection("sqlite")]
public sealed class ComponentScopeTests(SqliteWebHost host)
{
    [Fact]
    public void No_component_injects_a_database_context_or_anything_that_holds_one()
    {
        using var scope = host.Factory.Services.CreateScope();
        var assemblies = Minzheng.Web.Startup.Modules.All.Select(m => m.GetType().Assembly)
            .Append(typeof(Minzheng.Web.Startup.WebApp).Assembly).Append(typeof(Minzheng.Platform.Ui.Components.UiErrors).Assembly).Distinct();
        var components = assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(ComponentBase).IsAssignableFrom(t) && !t.IsAbstract)
            .ToList();
        Assert.True(components.Count > 50, $"only {components.Count} components found");

        var bad = new List<string>();
        foreach (var component in components)
        {
            foreach (var p in component.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Where(p => p.GetCustomAttribute<InjectAttribute>() is not null))
            {
                var implementation = scope.ServiceProvider.GetService(p.PropertyType)?.GetType() ?? p.PropertyType;
                if (HoldsDatabase(implementation, 3) is { } path)
                {
                    bad.Add($"{component.Name}.{p.Name}: {path}");
                }
            }
        }

        Assert.True(bad.Count == 0, "run these through UseCases instead:\n" + string.Join("\n", bad));
    }

    /// <summary>The chain of constructor dependencies that reaches a DbContext, or null.</summary>
    private static string? HoldsDatabase(Type type, int depth)
    {
        if (typeof(DbContext).IsAssignableFrom(type))
        {
            return type.Name;
        }

        if (depth == 0 || type.IsInterface || type.IsAbstract || type.Namespace?.StartsWith("Minzheng", StringComparison.Ordinal) != true)
        {
            return null;
        }

        foreach (var parameter in type.GetConstructors().SelectMany(c => c.GetParameters()))
        {
            if (HoldsDatabase(parameter.ParameterType, depth - 1) is { } path)
            {
                return $"{type.Name} → {path}";
            }
        }

        return null;
    }
}
