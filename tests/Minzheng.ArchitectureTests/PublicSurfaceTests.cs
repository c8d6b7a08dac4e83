using System.Reflection;
using Microsoft.AspNetCore.Components;
using Minzheng.Platform.Modules;

namespace Minzheng.ArchitectureTests;

/// <summary>
/// A small public surface (issue 17.2). Types are internal by default (the test projects see them). A module or the web
/// host may export only its Razor components (Blazor finds pages by reflection), its <see cref="IModule"/>, and the types
/// those expose in public signatures (a component's parameters); hosts and other modules use its Contracts project.
/// The platform's public types are its API for modules and hosts, listed in PlatformSurface.txt: adding one is a decision.
/// </summary>
public class PublicSurfaceTests
{
    private static bool IsPlatform(Assembly a) => a.GetName().Name is "Minzheng.Platform" or "Minzheng.Platform.Ui";

    private static List<Type> Exported() => ModuleBoundaryTests.AllOurAssemblies()
        .Where(a => !a.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal))
        .SelectMany(a => a.GetExportedTypes())
        .ToList();

    [Fact]
    public void A_module_exports_only_its_components_its_module_and_what_they_expose()
    {
        var exported = Exported().Where(t => !IsPlatform(t.Assembly)).ToList();
        var allowed = ExposedByEntryPoints(exported);
        var extra = exported.Where(t => !allowed.Contains(t)).Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();
        Assert.True(extra.Count == 0, "make these internal (the test projects see internals) or move them to the module's Contracts project:\n" + string.Join("\n", extra));
    }

    [Fact]
    public void The_platform_exports_only_its_listed_api()
    {
        var listed = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "PlatformSurface.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        var exported = Exported().Where(t => IsPlatform(t.Assembly) && !typeof(IComponent).IsAssignableFrom(t)).Select(t => t.FullName!).ToList();
        var added = exported.Where(t => !listed.Contains(t)).Order(StringComparer.Ordinal).ToList();
        Assert.True(added.Count == 0, "a new public platform type: make it internal, or add it to PlatformSurface.txt if modules or hosts need it:\n" + string.Join("\n", added));
        var gone = listed.Except(exported).Order(StringComparer.Ordinal).ToList();
        Assert.True(gone.Count == 0, "no longer public — remove from PlatformSurface.txt:\n" + string.Join("\n", gone));
    }

    /// <summary>Components and modules, and every exported type reachable through their public signatures.</summary>
    private static HashSet<Type> ExposedByEntryPoints(IReadOnlyCollection<Type> exported)
    {
        var ours = exported.ToHashSet();
        var allowed = exported.Where(t => typeof(IComponent).IsAssignableFrom(t) || typeof(IModule).IsAssignableFrom(t) || t.Name is "Program" or "_Imports").ToHashSet();
        var queue = new Queue<Type>(allowed);
        while (queue.TryDequeue(out var type))
        {
            foreach (var used in SignatureTypes(type).SelectMany(Unwrap).Where(ours.Contains))
            {
                if (allowed.Add(used))
                {
                    queue.Enqueue(used);
                }
            }
        }

        return allowed;
    }

    private static IEnumerable<Type> SignatureTypes(Type t)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var p in t.GetProperties(Flags))
        {
            yield return p.PropertyType;
        }

        foreach (var f in t.GetFields(Flags))
        {
            yield return f.FieldType;
        }

        foreach (var m in t.GetMethods(Flags))
        {
            yield return m.ReturnType;
            foreach (var p in m.GetParameters())
            {
                yield return p.ParameterType;
            }
        }

        foreach (var c in t.GetConstructors())
        {
            foreach (var p in c.GetParameters())
            {
                yield return p.ParameterType;
            }
        }

        foreach (var n in t.GetNestedTypes(BindingFlags.Public))
        {
            yield return n;
        }

        if (t.BaseType is { } b)
        {
            yield return b;
        }

        foreach (var i in t.GetInterfaces())
        {
            yield return i;
        }
    }

    private static IEnumerable<Type> Unwrap(Type t)
    {
        if (t.HasElementType)
        {
            return Unwrap(t.GetElementType()!);
        }

        return t.IsGenericType ? t.GetGenericArguments().SelectMany(Unwrap).Prepend(t.GetGenericTypeDefinition()) : [t];
    }
}
