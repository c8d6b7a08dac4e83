namespace Minzheng.Registry.Contracts;

/// <summary>
/// What the registry publishes (internal outbox events, ADR 0009) whenever a person's history gains an event: other
/// modules keep their copies of a person's region and status from these, in their own transactions.
/// </summary>
public static class RegistryEvents
{
    public const string Registered = "registry.person.registered";

    /// <summary>Moved into another household (the member left one household and was added to another).</summary>
    public const string Moved = "registry.person.moved";

    public const string Died = "registry.person.died";

    public const string MovedAway = "registry.person.moved-away";

    public const string RemovedFromHousehold = "registry.person.removed";

    public const string BecameHead = "registry.person.became-head";

    public static readonly IReadOnlyList<string> All = [Registered, Moved, Died, MovedAway, RemovedFromHousehold, BecameHead];
}

/// <summary>
/// A person's registry event: who, what day, from which household to which, and the person's region after it. Record
/// ids only; no name or ID number.
/// </summary>
public sealed record PersonChanged(Guid PersonId, DateOnly Date, Guid? FromHouseholdId, Guid? ToHouseholdId, string RegionCode);
