using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Features.ChangeHead;

/// <summary>Makes another living member the head; the former head takes the given relation.</summary>
internal sealed class ChangeHeadRequest
{
    public Guid NewHeadPersonId { get; set; }

    public Relation FormerHeadRelation { get; set; } = Relation.Spouse;

    public int Version { get; set; }
}
