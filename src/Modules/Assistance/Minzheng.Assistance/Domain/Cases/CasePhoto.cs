using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.Assistance.Domain.Cases;

/// <summary>A photo taken at the 入户调查 (the home, the living conditions), kept with the case in a table of its own.</summary>
internal sealed class CasePhoto : IAudited, IRegionOwned
{
    public const int MaxPerCase = 20;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid CaseId { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    public string FileName { get; set; } = string.Empty;

    public string Caption { get; set; } = string.Empty;

    [ProtectedField] // an image of a home: out of the audit trail, like the signed consent
    public byte[] Bytes { get; set; } = [];

    public string TakenBy { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }

    string IAudited.AuditId => Id.ToString();

    string? IAudited.AuditRegion => RegionCode;
}
