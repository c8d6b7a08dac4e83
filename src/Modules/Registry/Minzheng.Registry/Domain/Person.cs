using Minzheng.Platform.Access;
using Minzheng.Kernel.Identity;
using Minzheng.Platform.Audit;

namespace Minzheng.Registry.Domain;

/// <summary>A resident. One per ID number; the number itself is stored only encrypted (SM4) with a blind index.</summary>
internal sealed class Person : IAudited, IRegionOwned
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    [ProtectedField]
    public string IdNumberCipher { get; set; } = string.Empty;

    [ProtectedField]
    public string IdNumberIndex { get; set; } = string.Empty;

    public string IdNumberMasked { get; set; } = string.Empty;

    public DateOnly BirthDate { get; set; }

    public Sex Sex { get; set; }

    [ProtectedField]
    public string? PhoneCipher { get; set; }

    public string? PhoneMasked { get; set; }

    public PersonStatus Status { get; set; }

    public DateOnly? StatusDate { get; set; }

    /// <summary>The village/community the person is registered in (drives region scope).</summary>
    public string RegionCode { get; set; } = string.Empty;

    public Guid? HouseholdId { get; set; }

    public Relation Relation { get; set; }

    public int Version { get; set; }

    public string AuditId => Id.ToString();

    public string? AuditRegion => RegionCode;
}
