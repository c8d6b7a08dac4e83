using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Features.Shared;

/// <summary>A person as entered on a form, an API call or an import row, before validation.</summary>
public sealed class MemberInput
{
    public string Name { get; set; } = string.Empty;

    public string IdNumber { get; set; } = string.Empty;

    public Relation Relation { get; set; } = Relation.Head;

    public string? Phone { get; set; }
}
