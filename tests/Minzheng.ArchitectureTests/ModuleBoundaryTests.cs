using System.Reflection;
using Minzheng.Platform.Modules;

namespace Minzheng.ArchitectureTests;

/// <summary>Dependencies point one way: Hosts → Modules → (Contracts, Platform) → Libraries (ARCHITECTURE.md rule 0 and 1).</summary>
public class ModuleBoundaryTests
{
    private static readonly Assembly Kernel = typeof(Minzheng.Kernel.Identity.IdNumber).Assembly;
    private static readonly Assembly Platform = typeof(IModule).Assembly;
    private static readonly Assembly PlatformUi = typeof(Minzheng.Platform.Ui.Components.UiErrors).Assembly;
    private static readonly Assembly[] Modules =
        [typeof(Minzheng.Registry.RegistryModule).Assembly, typeof(Minzheng.Ledger.LedgerModule).Assembly, typeof(Minzheng.Assistance.Domain.Benefits.DibaoRules).Assembly,
         typeof(Minzheng.WorkPlan.WorkPlanModule).Assembly, typeof(Minzheng.Elderly.Domain.Assessment.AbilityScoring).Assembly,
         typeof(Minzheng.Monitoring.MonitoringModule).Assembly];

    /// <summary>Every assembly of ours the web host loads: platform, UI kit, modules (and their contracts), the host.</summary>
    internal static IReadOnlyList<Assembly> AllOurAssemblies() =>
        [Platform, PlatformUi, .. Modules, typeof(Minzheng.Web.Startup.WebApp).Assembly];

    private static IEnumerable<string> Ours(Assembly a) =>
        a.GetReferencedAssemblies().Select(r => r.Name!).Where(n => n.StartsWith("Minzheng.", StringComparison.Ordinal));

    [Fact]
    public void The_libraries_depend_on_nothing_of_ours()
    {
        Assert.Empty(Ours(Kernel));
        Assert.Empty(Ours(typeof(Minzheng.Merkle.Proofs).Assembly));
        Assert.Empty(Ours(typeof(Minzheng.Matching.Engine.Matcher).Assembly));
    }

    [Fact]
    public void The_platform_references_no_module()
    {
        Assert.Equal(["Minzheng.Kernel"], Ours(Platform).ToArray());
        Assert.DoesNotContain(Ours(PlatformUi), n => Modules.Any(m => m.GetName().Name == n));
    }

    [Fact]
    public void A_module_references_only_the_platform_libraries_and_other_modules_contracts()
    {
        var allowed = new[] { "Minzheng.Kernel", "Minzheng.Merkle", "Minzheng.Matching", "Minzheng.Platform", "Minzheng.Platform.Ui" };
        foreach (var module in Modules)
        {
            var bad = Ours(module).Where(n => !allowed.Contains(n) && !n.EndsWith(".Contracts", StringComparison.Ordinal)).ToList();
            Assert.True(bad.Count == 0, $"{module.GetName().Name} references {string.Join(", ", bad)}");
        }
    }

    [Fact]
    public void Use_case_handlers_stay_inside_their_module()
    {
        // Handlers are internal; the host reaches a module through IModule, its pages and its endpoints.
        var publicHandlers = Modules.SelectMany(m => m.GetExportedTypes())
            .Where(t => t.Name.EndsWith("Handler", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(publicHandlers);
    }

    [Fact]
    public void Every_module_is_served_by_the_web_host()
    {
        var listed = typeof(Minzheng.Web.Startup.WebApp).Assembly.GetType("Minzheng.Web.Startup.Modules")!
            .GetField("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null) as IReadOnlyList<IModule>;
        // A module assembly that plugs into the host (has an IModule) must be listed; one still being built may have none yet.
        var plugged = Modules.SelectMany(m => m.GetTypes()).Where(t => typeof(IModule).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        Assert.Equal(plugged.Select(t => t.FullName).Order(), listed!.Select(m => m.GetType().FullName).Order());
    }
}
