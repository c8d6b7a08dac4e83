namespace Minzheng.Registry.Contracts;

/// <summary>A registered person as other modules see them: the ID number masked, the region for scoping.</summary>
public sealed record PersonSnapshot(Guid Id, string Name, string IdNumberMasked, string Sex, DateOnly BirthDate, string RegionCode, bool Alive, Guid? HouseholdId);

/// <summary>Reads persons within the current user's regions (the registry's own filter applies).</summary>
public interface IPersonDirectory
{
    Task<PersonSnapshot?> FindAsync(Guid personId, CancellationToken ct = default);

    /// <summary>
    /// Persons by full ID number (as in a roster a user uploads), keyed by the number trimmed and in upper case; numbers not registered
    /// within the user's regions are absent. Looked up by blind index: nothing is decrypted.
    /// </summary>
    Task<IReadOnlyDictionary<string, PersonSnapshot>> FindByIdNumbersAsync(IReadOnlyCollection<string> idNumbers, CancellationToken ct = default);

    /// <summary>
    /// Whether the phone number registered for the person is this one (a citizen proving who they are online). The stored
    /// number is decrypted only to compare; nothing is returned.
    /// </summary>
    Task<bool> PhoneMatchesAsync(Guid personId, string phone, CancellationToken ct = default);

    /// <summary>Living persons at least <paramref name="minAge"/> years old today, by region prefix and name, a page at a time.</summary>
    Task<(IReadOnlyList<PersonSnapshot> Items, int Total)> SearchAsync(int minAge, string? regionPrefix, string? name, int page, int size, CancellationToken ct = default);
}
