namespace Minzheng.Registry.Contracts;

/// <summary>A household by the ages of its living members (no names, no ID numbers): for screening, not for casework.</summary>
public sealed record HouseholdAgeProfile(Guid Id, string Number, string RegionCode, string Address, int LivingMembers, int Oldest, int Youngest);

/// <summary>Households that may need help by their make-up alone (漏保 screening), within the current user's regions.</summary>
public interface IHouseholdProfiles
{
    /// <summary>
    /// Households under <paramref name="regionPrefix"/> with at least one living member and none aged from
    /// <paramref name="fromAge"/> to <paramref name="toAge"/> today (say, no working-age member), at most
    /// <paramref name="max"/>, by region and number.
    /// </summary>
    Task<IReadOnlyList<HouseholdAgeProfile>> WithoutMembersAgedAsync(int fromAge, int toAge, string? regionPrefix, int max, CancellationToken ct = default);

    /// <summary>These households (those within the user's regions with a living member), by region and number.</summary>
    Task<IReadOnlyList<HouseholdAgeProfile>> ForHouseholdsAsync(IReadOnlyCollection<Guid> householdIds, CancellationToken ct = default);

    /// <summary>The household each of these persons is registered in (persons outside the user's regions or in none are absent).</summary>
    Task<IReadOnlyDictionary<Guid, Guid>> HouseholdsOfAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct = default);
}
