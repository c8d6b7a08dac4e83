using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.Registry.Domain;

/// <summary>A household (户): its head, members (persons pointing at it), address and bank account for payments.</summary>
internal sealed class Household : IAudited, IRegionOwned
{
    public Guid Id { get; set; }

    /// <summary>Human-readable number, unique: H + region code + sequence.</summary>
    public string Number { get; set; } = string.Empty;

    public string RegionCode { get; set; } = string.Empty;

    public HouseholdKind Kind { get; set; }

    public string Address { get; set; } = string.Empty;

    public Guid? HeadPersonId { get; set; }

    public string? BankName { get; set; }

    [ProtectedField]
    public string? BankAccountCipher { get; set; }

    public string? BankAccountMasked { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public int Version { get; set; }

    public List<Person> Members { get; set; } = [];

    public string AuditId => Id.ToString();

    public string? AuditRegion => RegionCode;
}
