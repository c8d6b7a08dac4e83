using System.Text.RegularExpressions;

namespace Minzheng.ArchitectureTests;

/// <summary>
/// Endpoints live in their slices (issue 17.1, ARCHITECTURE.md rule 2): a route is mapped in its use case's folder
/// (Features/&lt;UseCase&gt;/…Endpoints.cs), and the module's own …Endpoints.cs only creates the route group and composes them.
/// </summary>
public partial class EndpointPlacementTests
{
    [GeneratedRegex(@"\.Map(Get|Post|Put|Delete|Patch|Methods)\(", RegexOptions.CultureInvariant)]
    private static partial Regex RouteMapping();

    [Fact]
    public void Every_module_route_is_mapped_in_a_use_case_folder()
    {
        var modules = Path.Combine(ModuleSources.Root().FullName, "src", "Modules");
        var files = Directory.EnumerateFiles(modules, "*.cs", SearchOption.AllDirectories).Where(ModuleSources.IsSource).ToList();
        Assert.Contains(files, f => RouteMapping().IsMatch(File.ReadAllText(f)));
        var outside = files
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Features{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => RouteMapping().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(modules, f))
            .ToList();
        Assert.True(outside.Count == 0, "map these routes in their use case's folder (a static Map(RouteGroupBuilder) composed by the module):\n" + string.Join("\n", outside));
    }
}

/// <summary>The repository's source files, for tests that check conventions the compiler cannot.</summary>
internal static class ModuleSources
{
    public static DirectoryInfo Root()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Minzheng.slnx")))
        {
            root = root.Parent;
        }

        return root ?? throw new InvalidOperationException("Minzheng.slnx not found above " + AppContext.BaseDirectory);
    }

    public static bool IsSource(string path) =>
        !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
}
