using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Identity;
using Minzheng.Platform.Settings;

namespace Minzheng.Platform.Data;

/// <summary>Identity (users, roles), the audit trail, effective-dated settings and loaded holiday years: the platform's own tables.</summary>
public class PlatformDbContext : IdentityDbContext<AppUser, AppRole, Guid>
{
    public PlatformDbContext(DbContextOptions<PlatformDbContext> options) : base(options)
    {
    }

    /// <summary>For the consolidated migrations model, which has its own options type.</summary>
    protected PlatformDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SettingVersion> Settings => Set<SettingVersion>();

    public DbSet<Calendar.HolidayYearRecord> HolidayYears => Set<Calendar.HolidayYearRecord>();

    public DbSet<Security.Policy.SecurityPolicySetting> SecurityPolicy => Set<Security.Policy.SecurityPolicySetting>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        PlatformModel.Configure(builder);
    }
}

internal static class PlatformModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<AppUser>(e =>
        {
            e.ToTable("platform_users");
            e.Property(u => u.DisplayName).HasMaxLength(50);
            e.Property(u => u.RegionGrants).HasMaxLength(200);
        });
        b.ApplyConfiguration(new PasswordHistoryEntryConfiguration());
        b.Entity<AppRole>().ToTable("platform_roles");
        b.Entity<Microsoft.AspNetCore.Identity.IdentityUserRole<Guid>>().ToTable("platform_user_roles");
        b.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<Guid>>().ToTable("platform_user_claims");
        b.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid>>().ToTable("platform_user_logins");
        b.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>().ToTable("platform_user_tokens");
        b.Entity<Microsoft.AspNetCore.Identity.IdentityRoleClaim<Guid>>().ToTable("platform_role_claims");
        b.ApplyConfiguration(new AuditEntryConfiguration());
        b.ApplyConfiguration(new SettingVersionConfiguration());
        b.ApplyConfiguration(new Calendar.HolidayYearRecordConfiguration());
        b.ApplyConfiguration(new Outbox.OutboxMessageConfiguration());
        b.ApplyConfiguration(new Outbox.InboxEntryConfiguration());
        b.ApplyConfiguration(new Outbox.SubscriptionCheckpointConfiguration());
        b.ApplyConfiguration(new Outbox.DeadLetterConfiguration());
        b.ApplyConfiguration(new Jobs.JobConfiguration());
        b.Entity<Security.Policy.SecurityPolicySetting>(e =>
        {
            e.ToTable("platform_security_policy");
            e.HasKey(s => s.Key);
            e.Property(s => s.Key).HasMaxLength(60);
            e.Property(s => s.ChangedBy).HasMaxLength(50);
        });
    }
}
