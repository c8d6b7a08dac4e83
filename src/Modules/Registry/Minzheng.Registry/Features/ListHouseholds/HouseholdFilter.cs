using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Features.ListHouseholds;

/// <summary>Filters of the household list. The ID number is matched through its blind index and never travels in a URL.</summary>
internal sealed class HouseholdFilter
{
    public string? RegionCode { get; set; }

    public string? Keyword { get; set; }

    public string? IdNumber { get; set; }

    public HouseholdKind? Kind { get; set; }

    public int Page { get; set; } = 1;

    public int Size { get; set; } = 20;
}

internal sealed record HouseholdRow(Guid Id, string Number, string RegionCode, string RegionName, string Kind, string Address,
    string? HeadName, string? HeadIdNumber, int MemberCount);
