using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;

namespace Minzheng.ArchitectureTests;

/// <summary>
/// Region scope by convention (issue 16.4, ADR 0011): every entity of a module context that has a region code is
/// <see cref="IRegionOwned"/> — and so filtered to the user's regions by ModuleDbContext — or says why not.
/// </summary>
public class RegionConventionTests
{
    public static IEnumerable<object[]> Contexts() => ModuleBoundaryTests.AllOurAssemblies()
        .SelectMany(a => a.GetTypes())
        .Where(t => typeof(ModuleDbContext).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(t => new object[] { t.Name });

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Every_entity_with_a_region_code_is_filtered_by_region_or_says_why_not(string contextName)
    {
        using var context = Create(contextName);
        var problems = new List<string>();
        foreach (var entity in context.Model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            var type = entity.ClrType;
            var filtered = entity.GetDeclaredQueryFilters().Count > 0;
            if (type.GetCustomAttribute<NotRegionScopedAttribute>() is { } exempt)
            {
                if (string.IsNullOrWhiteSpace(exempt.Why) || typeof(IRegionOwned).IsAssignableFrom(type))
                {
                    problems.Add($"{type.Name}: [NotRegionScoped] needs a reason and excludes IRegionOwned");
                }

                continue;
            }

            if (RegionFilters.RegionProperty(type) is not null && !typeof(IRegionOwned).IsAssignableFrom(type))
            {
                problems.Add($"{type.Name} has a region code but is neither IRegionOwned nor [NotRegionScoped(why)]");
            }

            if (typeof(IRegionOwned).IsAssignableFrom(type) && !filtered)
            {
                problems.Add($"{type.Name} is IRegionOwned but has no query filter");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_convention_filters_a_row_by_the_users_regions()
    {
        using var context = Create("RegistryDbContext");
        var filter = context.Model.GetEntityTypes().Single(e => e.ClrType.Name == "Household").GetDeclaredQueryFilters().Single().Expression!.ToString();
        Assert.Contains("ScopeAll", filter, StringComparison.Ordinal);
        Assert.Contains("RegionCode.StartsWith(p)", filter, StringComparison.Ordinal);
        using var plans = Create("WorkPlanDbContext");
        var wide = plans.Model.GetEntityTypes().Single(e => e.ClrType.Name == "Plan").GetDeclaredQueryFilters().Single().Expression!.ToString();
        Assert.Contains("p.StartsWith(x.RegionCode)", wide, StringComparison.Ordinal);
    }

    private static DbContext Create(string name)
    {
        var type = ModuleBoundaryTests.AllOurAssemblies().SelectMany(a => a.GetTypes()).Single(t => t.Name == name && typeof(ModuleDbContext).IsAssignableFrom(t));
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(type))!;
        builder.UseSqlite("Data Source=:memory:");
        return (DbContext)Activator.CreateInstance(type, builder.Options, new SystemUser(), TimeProvider.System)!;
    }
}
