using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Features.MoveMember;

/// <summary>Moves a person (found by ID number) into a household, keeping the move in history.</summary>
internal sealed class MoveMemberRequest
{
    public string IdNumber { get; set; } = string.Empty;

    public Relation Relation { get; set; } = Relation.Other;

    public DateOnly? Date { get; set; }

    public string? Note { get; set; }
}
