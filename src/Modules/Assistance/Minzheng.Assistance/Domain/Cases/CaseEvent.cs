using Minzheng.Platform.Access;

namespace Minzheng.Assistance.Domain.Cases;

/// <summary>One line of the case's timeline.</summary>
internal sealed class CaseEvent : IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid CaseId { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    public DateTime AtUtc { get; set; }

    public string Actor { get; set; } = string.Empty;

    public string Step { get; set; } = string.Empty;

    public string? Note { get; set; }
}
