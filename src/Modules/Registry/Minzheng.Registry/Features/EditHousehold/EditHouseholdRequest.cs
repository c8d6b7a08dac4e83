using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Features.EditHousehold;

/// <summary>Changes to a household's own fields. An empty bank account leaves the stored one unchanged.</summary>
internal sealed class EditHouseholdRequest
{
    public HouseholdKind Kind { get; set; }

    public string Address { get; set; } = string.Empty;

    public string? BankName { get; set; }

    public string? BankAccount { get; set; }

    /// <summary>The version the user saw; a stale one is refused (409) instead of overwriting someone else's change.</summary>
    public int Version { get; set; }
}
