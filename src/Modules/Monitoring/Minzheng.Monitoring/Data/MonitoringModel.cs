using Microsoft.EntityFrameworkCore;
using Minzheng.Monitoring.Domain;

namespace Minzheng.Monitoring.Data;

/// <summary>Monitoring's tables (prefix monitor_). Shared by the module's context and the consolidated migrations model.</summary>
internal static class MonitoringModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<FeedUpload>(e =>
        {
            e.ToTable("monitor_feed_uploads");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasMaxLength(20);
            e.HasIndex(x => new { x.Kind, x.Version }).IsUnique();
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.Sm3).HasMaxLength(64);
            e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.UploadedBy).HasMaxLength(100);
        });

        b.Entity<FeedContent>(e =>
        {
            e.ToTable("monitor_feed_contents");
            e.HasKey(x => x.UploadId);
        });

        b.Entity<FeedChunk>(e =>
        {
            e.ToTable("monitor_feed_chunks");
            e.HasKey(x => new { x.UploadId, x.Seq });
        });

        b.Entity<PartnerClient>(e =>
        {
            e.ToTable("monitor_partner_clients");
            e.HasKey(x => x.Id);
            e.Property(x => x.ClientId).HasMaxLength(40);
            e.HasIndex(x => x.ClientId).IsUnique();
            e.Property(x => x.Department).HasMaxLength(100);
            e.Property(x => x.Kinds).HasMaxLength(100);
            e.Property(x => x.SecretSm3).HasMaxLength(64);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.Property(x => x.RequestedBy).HasMaxLength(100);
            e.Property(x => x.RequestNote).HasMaxLength(200);
            e.Ignore(x => x.KindList);
        });

        b.Entity<MatchRun>(e =>
        {
            e.ToTable("monitor_runs");
            e.HasKey(x => x.Id);
            e.Property(x => x.Period).HasMaxLength(7);
            e.HasIndex(x => x.Period).IsUnique();
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Stage).HasMaxLength(100);
            e.Property(x => x.FeedsJson).HasMaxLength(4000);
            e.Property(x => x.Error).HasMaxLength(1000);
            e.Property(x => x.StartedBy).HasMaxLength(100);
        });

        b.Entity<Alert>(e =>
        {
            e.ToTable("monitor_alerts");
            e.HasKey(x => x.Id);
            // One alert per finding and period, whatever is re-run: the job inserts only what this index lacks.
            e.HasIndex(x => new { x.Period, x.Rule, x.HouseholdId, x.PersonId }).IsUnique();
            e.HasIndex(x => new { x.RegionCode, x.Status });
            e.Property(x => x.Period).HasMaxLength(7);
            e.Property(x => x.Rule).HasMaxLength(30);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.HouseholdNumber).HasMaxLength(30);
            e.Property(x => x.PersonLabel).HasMaxLength(100);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.Property(x => x.Programme).HasMaxLength(20);
            e.Property(x => x.Value).HasMaxLength(30);
            e.Property(x => x.Evidence).HasMaxLength(300);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(15);
            e.Property(x => x.AcknowledgedBy).HasMaxLength(100);
            e.Property(x => x.VisitMode).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.VisitNote).HasMaxLength(1000);
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(15);
            e.Property(x => x.ClosedBy).HasMaxLength(100);
            e.Property(x => x.Version).IsConcurrencyToken();
        });

        b.Entity<MonitoredSubject>(e =>
        {
            e.ToTable("monitor_subjects");
            e.HasKey(x => x.HouseholdId);
            e.Property(x => x.HouseholdNumber).HasMaxLength(30);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.HasIndex(x => x.RegionCode);
            e.Property(x => x.Category).HasMaxLength(20);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.Property(x => x.AddedBy).HasMaxLength(100);
        });

        b.Entity<Verification>(e =>
        {
            e.ToTable("monitor_verifications");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.CaseId);
            e.Property(x => x.CaseNumber).HasMaxLength(30);
            e.Property(x => x.HouseholdNumber).HasMaxLength(30);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.HasIndex(x => x.RegionCode);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });
    }
}
