namespace Minzheng.Registry.Contracts;

/// <summary>
/// A household as the registry holds it at one moment, for modules that must keep what it was (an application is
/// decided on the household as it stood when it was made). Protected fields come masked only.
/// </summary>
public sealed record HouseholdSnapshot(
    Guid Id, string Number, string RegionCode, string RegionName, bool Urban, string Address, string? BankName, string? BankAccountMasked,
    IReadOnlyList<MemberSnapshot> Members, DateTime TakenAtUtc);

/// <summary>A member in the snapshot; <see cref="Alive"/> members are the ones counted as 共同生活家庭成员.</summary>
public sealed record MemberSnapshot(Guid PersonId, string Name, string IdNumberMasked, string Relation, string Sex, DateOnly BirthDate, bool Alive);

/// <summary>Reads households within the current user's regions (the registry's own filter applies).</summary>
public interface IHouseholdSnapshots
{
    Task<HouseholdSnapshot?> FindAsync(Guid householdId, CancellationToken ct = default);

    Task<HouseholdSnapshot?> FindByNumberAsync(string number, CancellationToken ct = default);
}
