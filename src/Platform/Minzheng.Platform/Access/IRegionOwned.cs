namespace Minzheng.Platform.Access;

/// <summary>
/// A row that belongs to a region (its <c>RegionCode</c>, or the property marked <see cref="RegionKeyAttribute"/>). Every
/// module context filters such rows to the current user's regions in one place (<c>ModuleDbContext</c>, ADR 0011); an
/// architecture test fails on an entity with a region code that neither implements this nor says why not.
/// </summary>
public interface IRegionOwned;

/// <summary>The property holding the row's region code, where it is not called RegionCode (a payroll run's TownCode).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RegionKeyAttribute : Attribute;

/// <summary>
/// Visible also to users of the regions inside it (a district's work plan is read by its towns); without this a row is
/// visible only to users whose regions contain it.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RegionWideAttribute : Attribute;

/// <summary>An entity with a region code that is deliberately not filtered by region, with the reason (checked by the architecture test).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NotRegionScopedAttribute(string why) : Attribute
{
    public string Why { get; } = why;
}
