using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Data;

/// <summary>The registry's context. Households, persons and their events are filtered to the user's regions here, once.</summary>
internal sealed class RegistryDbContext(DbContextOptions<RegistryDbContext> options, ICurrentUser user, TimeProvider clock)
    : ModuleDbContext(options, user, clock)
{
    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Household> Households => Set<Household>();

    public DbSet<Person> Persons => Set<Person>();

    public DbSet<PersonEvent> PersonEvents => Set<PersonEvent>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        RegistryModel.Configure(modelBuilder);
    }

    /// <summary>Every person event added is published with it (same transaction): one place, so no use case can forget.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PersonEventPublisher.Publish(this, Clock.GetUtcNow().UtcDateTime);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PersonEventPublisher.Publish(this, Clock.GetUtcNow().UtcDateTime);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }
}
