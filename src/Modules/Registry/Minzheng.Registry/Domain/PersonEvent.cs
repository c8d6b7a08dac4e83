using Minzheng.Platform.Access;
namespace Minzheng.Registry.Domain;

internal enum PersonEventType
{
    Registered = 0,
    MovedHousehold = 1,
    Deceased = 2,
    MovedOut = 3,
    RemovedFromHousehold = 4,
    BecameHead = 5,
}

/// <summary>History of a person: registration, moves between households, death, moving away. Never edited.</summary>
internal sealed class PersonEvent : IRegionOwned
{
    public long Id { get; set; }

    public Guid PersonId { get; set; }

    public PersonEventType Type { get; set; }

    public DateOnly Date { get; set; }

    public Guid? FromHouseholdId { get; set; }

    public Guid? ToHouseholdId { get; set; }

    public string? Note { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    public string RecordedBy { get; set; } = string.Empty;

    public DateTime RecordedAtUtc { get; set; }

    public static string Label(PersonEventType t) => t switch
    {
        PersonEventType.Registered => "登记",
        PersonEventType.MovedHousehold => "迁入本户",
        PersonEventType.Deceased => "死亡",
        PersonEventType.MovedOut => "迁出",
        PersonEventType.RemovedFromHousehold => "移出本户",
        PersonEventType.BecameHead => "变更为户主",
        _ => t.ToString(),
    };
}
