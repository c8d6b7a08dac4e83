using Microsoft.AspNetCore.Components;

namespace Minzheng.ArchitectureTests;

/// <summary>
/// A small public surface (issue 17.2): outside the Contracts projects only Razor components (which Blazor needs public)
/// and the types listed in PublicSurfaceBaseline.txt may be public. The list is the debt being paid down: a type made
/// internal is removed from it; a new public type fails here.
/// </summary>
public class PublicSurfaceTests
{
    private static IEnumerable<string> ExportedNonComponents() => ModuleBoundaryTests.AllOurAssemblies()
        .Where(a => !a.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal))
        .SelectMany(a => a.GetExportedTypes())
        .Where(t => !typeof(IComponent).IsAssignableFrom(t))
        .Select(t => t.FullName!)
        .Order(StringComparer.Ordinal);

    [Fact]
    public void No_new_public_type_outside_the_contracts()
    {
        var baseline = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "PublicSurfaceBaseline.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        var added = ExportedNonComponents().Where(t => !baseline.Contains(t)).ToList();
        Assert.True(added.Count == 0, "make these internal (InternalsVisibleTo the tests) or move them to a Contracts project:\n" + string.Join("\n", added));
        var gone = baseline.Except(ExportedNonComponents()).ToList();
        Assert.True(gone.Count == 0, "no longer public — remove from PublicSurfaceBaseline.txt:\n" + string.Join("\n", gone));
    }
}
