using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Access;

namespace Minzheng.Platform.Data;

/// <summary>
/// The region filter of every <see cref="IRegionOwned"/> entity of a module context, built once here instead of by hand
/// per entity: <c>ScopeAll || ScopePrefixes.Any(p => x.RegionCode.StartsWith(p))</c> (and <c>|| p.StartsWith(x.RegionCode)</c>
/// for a <see cref="RegionWideAttribute"/> row). The context's own members are read per query, as a hand-written filter's are.
/// </summary>
internal static class RegionFilters
{
    private static readonly MethodInfo StartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;

    private static readonly MethodInfo Any = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2).MakeGenericMethod(typeof(string));

    /// <summary>The property that holds an entity type's region code, or null when it has none.</summary>
    public static PropertyInfo? RegionProperty(Type type) =>
        type.GetProperties().FirstOrDefault(p => p.GetCustomAttribute<RegionKeyAttribute>() is not null)
        ?? type.GetProperty("RegionCode", typeof(string));

    internal static void Apply(ModelBuilder builder, ModuleDbContext context, PropertyInfo scopeAll, PropertyInfo scopePrefixes)
    {
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(IRegionOwned).IsAssignableFrom(e.ClrType) && e.BaseType is null).ToList())
        {
            var type = entity.ClrType;
            var region = RegionProperty(type) ?? throw new InvalidOperationException($"{type.Name} is region-owned but has no RegionCode or [RegionKey] property");
            var x = Expression.Parameter(type, "x");
            var p = Expression.Parameter(typeof(string), "p");
            var code = Expression.Property(x, region);
            Expression match = Expression.Call(code, StartsWith, p);
            if (type.GetCustomAttribute<RegionWideAttribute>() is not null)
            {
                match = Expression.OrElse(match, Expression.Call(p, StartsWith, code));
            }

            var self = Expression.Constant(context);
            var body = Expression.OrElse(
                Expression.Property(self, scopeAll),
                Expression.Call(Any, Expression.Property(self, scopePrefixes), Expression.Lambda<Func<string, bool>>(match, p)));
            builder.Entity(type).HasQueryFilter(Expression.Lambda(body, x));
        }
    }
}
