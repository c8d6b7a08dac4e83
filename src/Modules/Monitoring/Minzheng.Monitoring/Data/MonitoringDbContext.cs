using Microsoft.EntityFrameworkCore;
using Minzheng.Monitoring.Domain;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;

namespace Minzheng.Monitoring.Data;

/// <summary>
/// Monitoring's context. Alerts, subjects and reports belong to a household's region and are filtered here, once; feeds,
/// clients and runs are district-wide (their endpoints are for the district only).
/// </summary>
internal sealed class MonitoringDbContext(DbContextOptions<MonitoringDbContext> options, ICurrentUser user, TimeProvider clock) : ModuleDbContext(options, user, clock)
{
    public DbSet<FeedUpload> Uploads => Set<FeedUpload>();

    public DbSet<FeedContent> LegacyContents => Set<FeedContent>();

    public DbSet<FeedChunk> Chunks => Set<FeedChunk>();

    public DbSet<PartnerClient> Partners => Set<PartnerClient>();

    public DbSet<MatchRun> Runs => Set<MatchRun>();

    public DbSet<Alert> Alerts => Set<Alert>();

    public DbSet<MonitoredSubject> Subjects => Set<MonitoredSubject>();

    public DbSet<Verification> Verifications => Set<Verification>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        MonitoringModel.Configure(modelBuilder);
    }
}
