namespace Minzheng.Registry.Contracts;

/// <summary>
/// A living elder with their household's make-up (no name, no ID number): how many living members it has and the
/// youngest one's birth date. An elder without a household counts as a household of one.
/// </summary>
public sealed record ElderInHousehold(Guid PersonId, Guid? HouseholdId, string RegionCode, DateOnly BirthDate, int LivingMembers, DateOnly YoungestBirthDate);

/// <summary>The whole elderly population of some regions, for figures (a rate over every 特殊困难老年人), not for casework.</summary>
public interface IElderPopulation
{
    /// <summary>
    /// Living persons at least <paramref name="minAge"/> years old on <paramref name="day"/> under any of
    /// <paramref name="regionPrefixes"/>. The caller's region filter does not apply: a figure for a region (the district's
    /// plan shown to a town) must count the whole region, and nothing returned names anyone.
    /// </summary>
    Task<IReadOnlyList<ElderInHousehold>> LivingEldersAsync(int minAge, DateOnly day, IReadOnlyList<string> regionPrefixes, CancellationToken ct = default);
}
