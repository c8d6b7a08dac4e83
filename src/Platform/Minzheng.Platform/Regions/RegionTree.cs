namespace Minzheng.Platform.Regions;

/// <summary>The division tree in memory: names for codes and the children of a division, for display and pickers.</summary>
public sealed class RegionTree
{
    private readonly Dictionary<string, RegionEntry> _byCode;
    private readonly Dictionary<string, List<RegionEntry>> _children;

    public RegionTree(IEnumerable<RegionEntry> entries)
    {
        _byCode = entries.ToDictionary(e => e.Code, StringComparer.Ordinal);
        _children = _byCode.Values.Where(e => e.ParentCode is not null)
            .GroupBy(e => e.ParentCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Code, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }

    public static RegionTree Empty { get; } = new([]);

    public bool IsEmpty => _byCode.Count == 0;

    public RegionEntry? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var e) ? e : null;

    /// <summary>The division's name; the code itself when the tree does not know it (so nothing is ever blank).</summary>
    public string Name(string? code) => string.IsNullOrEmpty(code) ? "—" : Find(code)?.Name ?? code;

    /// <summary>A village with its town ("某镇·某村"), a town alone; the district is left out as every user shares it.</summary>
    public string PathName(string? code)
    {
        var entry = Find(code);
        if (entry is null)
        {
            return Name(code);
        }

        var parent = Find(entry.ParentCode);
        return parent is not null && parent.Code != VisibleTowns.District ? $"{parent.Name}·{entry.Name}" : entry.Name;
    }

    public IReadOnlyList<RegionEntry> Children(string code) => _children.TryGetValue(code, out var list) ? list : [];
}
