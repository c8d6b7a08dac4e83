using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Domain.Assessment;
using Minzheng.Elderly.Domain.Profiles;
using Minzheng.Elderly.Domain.Visits;

namespace Minzheng.Elderly.Data;

/// <summary>Elderly care's tables (prefix elderly_). Shared by the module's context and the consolidated migrations model.</summary>
public static class ElderlyModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<AbilityAssessment>(e =>
        {
            e.ToTable("elderly_assessments");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.PersonId, x.AssessedOn });
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.HasIndex(x => x.RegionCode);
            e.Property(x => x.Assessor).HasMaxLength(50);
            e.Property(x => x.ScoresJson).HasMaxLength(2000);
            e.Property(x => x.ExplanationJson).HasMaxLength(4000);
            e.Property(x => x.LevelByScore).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
        });

        b.Entity<ElderFlags>(e =>
        {
            e.ToTable("elderly_flags");
            e.HasKey(x => x.PersonId);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.HasIndex(x => x.RegionCode);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
        });

        b.Entity<VisitPlan>(e =>
        {
            e.ToTable("elderly_visit_plans");
            e.HasKey(x => x.PersonId);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.HasIndex(x => x.RegionCode);
            e.Property(x => x.Risk).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
        });

        b.Entity<CareVisit>(e =>
        {
            e.ToTable("elderly_visits");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.RegionCode, x.VisitedOn });
            e.HasIndex(x => x.PersonId);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.Property(x => x.Method).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Visitor).HasMaxLength(50);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
        });
    }
}
