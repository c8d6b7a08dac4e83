using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Outbox;
using Minzheng.Registry.Contracts;
using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Data;

/// <summary>Turns each person event about to be saved into an internal outbox event (RegistryEvents).</summary>
internal static class PersonEventPublisher
{
    public static void Publish(RegistryDbContext db, DateTime nowUtc)
    {
        var added = db.ChangeTracker.Entries<PersonEvent>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        foreach (var e in added)
        {
            db.Outbox.Add(OutboxMessage.InternalEvent(
                TypeOf(e.Type),
                $"registry:{Guid.CreateVersion7():N}",
                new PersonChanged(e.PersonId, e.Date, e.FromHouseholdId, e.ToHouseholdId, e.RegionCode),
                nowUtc));
        }
    }

    private static string TypeOf(PersonEventType type) => type switch
    {
        PersonEventType.Registered => RegistryEvents.Registered,
        PersonEventType.MovedHousehold => RegistryEvents.Moved,
        PersonEventType.Deceased => RegistryEvents.Died,
        PersonEventType.MovedOut => RegistryEvents.MovedAway,
        PersonEventType.RemovedFromHousehold => RegistryEvents.RemovedFromHousehold,
        PersonEventType.BecameHead => RegistryEvents.BecameHead,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
