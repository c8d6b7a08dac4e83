namespace Minzheng.Registry.Domain;

/// <summary>An administrative division: the district, its five towns, and their villages/communities.</summary>
internal sealed class Region
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? ParentCode { get; set; }

    public int Level { get; set; }

    /// <summary>Villages/communities in demo data are invented; they say so.</summary>
    public bool IsSynthetic { get; set; }
}
