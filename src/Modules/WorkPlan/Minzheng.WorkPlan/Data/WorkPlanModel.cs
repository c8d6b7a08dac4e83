using Microsoft.EntityFrameworkCore;
using Minzheng.WorkPlan.Domain;

namespace Minzheng.WorkPlan.Data;

/// <summary>The work plan's tables (prefix workplan_). Shared by the module's context and the consolidated migrations model.</summary>
internal static class WorkPlanModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Plan>(e =>
        {
            e.ToTable("workplan_plans");
            e.HasKey(x => x.Id);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.HasIndex(x => new { x.RegionCode, x.Year }).IsUnique();
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Source).HasMaxLength(500);
            e.Property(x => x.Checksum).HasMaxLength(64);
            e.Property(x => x.LoadedBy).HasMaxLength(100);
            e.HasMany(x => x.Parts).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Points).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Targets).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<PlanPart>(e =>
        {
            e.ToTable("workplan_parts");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.PlanId, x.Number }).IsUnique();
            e.Property(x => x.Title).HasMaxLength(200);
        });

        b.Entity<PlanPoint>(e =>
        {
            e.ToTable("workplan_points");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.PlanId, x.Number }).IsUnique();
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Text).HasMaxLength(4000);
            e.Property(x => x.ResponsibleUnit).HasMaxLength(100);
            e.Property(x => x.Leader).HasMaxLength(100);
        });

        b.Entity<PlanTarget>(e =>
        {
            e.ToTable("workplan_targets");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.PlanId, x.Key }).IsUnique();
            e.Property(x => x.Key).HasMaxLength(80);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.IndicatorKey).HasMaxLength(80);
            e.Property(x => x.Unit).HasMaxLength(20);
            e.Property(x => x.TargetValue).HasPrecision(18, 4);
            e.Property(x => x.Direction).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Pace).HasConversion<string>().HasMaxLength(10);
            e.Ignore(x => x.IsManual);
            e.HasMany(x => x.Milestones).WithOne().HasForeignKey(x => x.TargetId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<Milestone>(e =>
        {
            e.ToTable("workplan_milestones");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.TargetId);
            e.Property(x => x.Value).HasPrecision(18, 4);
        });

        b.Entity<ProgressReport>(e =>
        {
            e.ToTable("workplan_progress_reports");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.TargetId);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.Property(x => x.Value).HasPrecision(18, 4);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.EvidenceName).HasMaxLength(200);
            e.Property(x => x.EvidenceType).HasMaxLength(100);
            e.Property(x => x.EvidenceSm3).HasMaxLength(64);
            e.Property(x => x.ReportedBy).HasMaxLength(100);
            e.Property(x => x.ReviewedBy).HasMaxLength(100);
            e.Property(x => x.ReviewNote).HasMaxLength(500);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<PlanTarget>().WithMany().HasForeignKey(x => x.TargetId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
