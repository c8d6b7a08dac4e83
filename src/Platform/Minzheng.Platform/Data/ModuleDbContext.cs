using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.Platform.Data;

/// <summary>
/// Base of every module's DbContext: it knows the current user (for the region filter) and writes
/// audit rows for changed <see cref="IAudited"/> entities in the same transaction as the change.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, ICurrentUser user, TimeProvider clock) : DbContext(options)
{
    public ICurrentUser User => user;

    protected TimeProvider Clock => clock;

    /// <summary>Read by the region query filters; EF evaluates it per context instance.</summary>
    protected bool ScopeAll => user.SeesAllRegions;

    protected List<string> ScopePrefixes => [.. user.RegionPrefixes];

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Events published with the change that caused them (same transaction).</summary>
    public DbSet<Outbox.OutboxMessage> Outbox => Set<Outbox.OutboxMessage>();

    /// <summary>Events this module's subscribers have handled (written with their changes).</summary>
    public DbSet<Outbox.InboxEntry> Inbox => Set<Outbox.InboxEntry>();

    /// <summary>Background jobs, queued with the run they work on (same transaction).</summary>
    public DbSet<Jobs.Job> Jobs => Set<Jobs.Job>();

    /// <summary>For bulk loads (demo seeding) that write one summary audit row instead of one per entity.</summary>
    public bool SuppressChangeAudit { get; set; }

    /// <summary>
    /// The platform's tables every module writes with its changes, then the module's own (<see cref="ConfigureModel"/>),
    /// then the region filter of every region-owned entity (<see cref="RegionFilters"/>): sealed, so no module skips it.
    /// </summary>
    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        PlatformTables(modelBuilder);
        ConfigureModel(modelBuilder);
        RegionFilters.Apply(modelBuilder, this,
            typeof(ModuleDbContext).GetProperty(nameof(ScopeAll), System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!,
            typeof(ModuleDbContext).GetProperty(nameof(ScopePrefixes), System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!);
    }

    /// <summary>The module's entities and any filters that are not region filters (those come from <see cref="Access.IRegionOwned"/>).</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    private static void PlatformTables(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new Outbox.OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new Outbox.InboxEntryConfiguration());
        modelBuilder.ApplyConfiguration(new Jobs.JobConfiguration());
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (!SuppressChangeAudit)
        {
            AuditEntries.AddRange(ChangeAuditor.Collect(ChangeTracker, user, clock.GetUtcNow().UtcDateTime));
        }

        StampClientAddress();
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (!SuppressChangeAudit)
        {
            AuditEntries.AddRange(ChangeAuditor.Collect(ChangeTracker, user, clock.GetUtcNow().UtcDateTime));
        }

        StampClientAddress();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>Every audit row this save adds carries the client's address (a module's own rows too).</summary>
    private void StampClientAddress()
    {
        if (user.ClientAddress is not { } address)
        {
            return;
        }

        foreach (var entry in ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added && e.Entity.ClientAddress is null))
        {
            entry.Entity.ClientAddress = address;
        }
    }
}
