namespace Minzheng.Registry.Contracts;

/// <summary>A living household member with the full ID number, for matching against partner departments' feeds only.</summary>
public sealed record MemberIdentity(Guid PersonId, Guid HouseholdId, string Name, string IdNumber, string IdNumberMasked, string RegionCode);

/// <summary>
/// Decrypts members' ID numbers for the cross-department match (核对与监测). Within the current user's regions; every
/// call is written to the audit trail with its purpose and the number of persons.
/// </summary>
public interface IMemberIdentities
{
    Task<IReadOnlyList<MemberIdentity>> ForMatchingAsync(IReadOnlyCollection<Guid> householdIds, string purpose, CancellationToken ct = default);

    /// <summary>One person's ID number (for the salted commitment of a service delivered to them), audited the same way.</summary>
    Task<string?> IdNumberOfAsync(Guid personId, string purpose, CancellationToken ct = default);
}
