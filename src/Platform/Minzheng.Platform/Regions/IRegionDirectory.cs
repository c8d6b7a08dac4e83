namespace Minzheng.Platform.Regions;

/// <summary>An administrative division as other modules see it (the registry owns the list).</summary>
public sealed record RegionEntry(string Code, string Name, int Level, string? ParentCode = null);

/// <summary>The division tree, published by the registry so that modules can break figures down by town without reading its tables.</summary>
public interface IRegionDirectory
{
    /// <summary>The divisions directly under <paramref name="parentCode"/>, in code order (not filtered by the user's scope).</summary>
    Task<IReadOnlyList<RegionEntry>> ChildrenAsync(string parentCode, CancellationToken ct = default);

    Task<RegionEntry?> FindAsync(string code, CancellationToken ct = default);

    /// <summary>Every division, with its parent (a district holds a few hundred); read by <see cref="RegionNames"/>.</summary>
    Task<IReadOnlyList<RegionEntry>> AllAsync(CancellationToken ct = default);
}
