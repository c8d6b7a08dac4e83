using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Features.ChangePersonStatus;

internal sealed class ChangePersonStatusRequest
{
    public PersonStatus Status { get; set; } = PersonStatus.Deceased;

    public DateOnly? Date { get; set; }

    public string? Note { get; set; }

    /// <summary>The version the user saw; a stale one is refused so that two clerks cannot both record an event.</summary>
    public int? Version { get; set; }
}
