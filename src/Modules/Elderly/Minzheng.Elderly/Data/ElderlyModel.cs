using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Domain.Assessment;
using Minzheng.Elderly.Domain.Profiles;
using Minzheng.Elderly.Domain.Services;
using Minzheng.Elderly.Domain.Visits;

namespace Minzheng.Elderly.Data;

/// <summary>Elderly care's tables (prefix elderly_). Shared by the module's context and the consolidated migrations model.</summary>
internal static class ElderlyModel
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
            e.Property(x => x.SecondAssessor).HasMaxLength(50);
            e.Ignore(x => x.Assessors);
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
    
        b.Entity<Provider>(e =>
        {
            e.ToTable("elderly_providers");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(100);
            e.HasIndex(x => x.Name).IsUnique();
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(15);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.Property(x => x.Contact).HasMaxLength(100);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
        });

        b.Entity<HomeCareBed>(e =>
        {
            e.ToTable("elderly_home_care_beds");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.PersonId);
            e.HasIndex(x => new { x.RegionCode, x.StartsOn });
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.Property(x => x.AgreementNo).HasMaxLength(50);
            e.Property(x => x.FitOut).HasMaxLength(200);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
        });

        b.Entity<ServiceDelivery>(e =>
        {
            e.ToTable("elderly_service_deliveries");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.PersonId);
            e.HasIndex(x => new { x.RegionCode, x.CheckInUtc });
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.Property(x => x.Items).HasMaxLength(200);
            e.Property(x => x.Staff).HasMaxLength(50);
            e.Property(x => x.Salt).HasMaxLength(32);
            e.Property(x => x.Commitment).HasMaxLength(64);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
            e.Property(x => x.PhotoName).HasMaxLength(200);
            e.HasIndex(x => x.OrderId).IsUnique();
        });

        b.Entity<ServiceOrder>(e =>
        {
            e.ToTable("elderly_service_orders");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.ProviderId, x.Status });
            e.HasIndex(x => x.PersonId);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.HasIndex(x => x.RegionCode);
            e.Property(x => x.Items).HasMaxLength(200);
            e.Property(x => x.Note).HasMaxLength(200);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
        });

        b.Entity<MealEnrolment>(e =>
        {
            e.ToTable("elderly_meal_enrolments");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.ProviderId, x.EndedOn });
            e.HasIndex(x => x.PersonId);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.HasIndex(x => x.RegionCode);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
        });

        b.Entity<DeliveryPhoto>(e =>
        {
            e.ToTable("elderly_delivery_photos");
            e.HasKey(x => x.DeliveryId);
            e.Property(x => x.Name).HasMaxLength(200);
        });
    
        b.Entity<Domain.Retrofits.Retrofit>(e =>
        {
            e.ToTable("elderly_retrofits");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.PersonId);
            e.HasIndex(x => new { x.RegionCode, x.AcceptedOn });
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(15);
            e.Property(x => x.Items).HasMaxLength(300);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.PhotoBeforeName).HasMaxLength(200);
            e.Property(x => x.PhotoAfterName).HasMaxLength(200);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
    
        b.Entity<Domain.Services.Facility>(e =>
        {
            e.ToTable("elderly_facilities");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.Kind, x.RegionCode });
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(15);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
        });
    
        b.Entity<Domain.Services.MealRecord>(e =>
        {
            e.ToTable("elderly_meals");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.PersonId, x.ProviderId, x.ServedOn }).IsUnique();
            e.HasIndex(x => new { x.RegionCode, x.ServedOn });
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.Property(x => x.Salt).HasMaxLength(32);
            e.Property(x => x.Commitment).HasMaxLength(64);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
        });
    
        b.Entity<CentenarianAction>(e =>
        {
            e.ToTable("elderly_centenarian_actions");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.PersonId);
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.HasIndex(x => x.RegionCode);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(15);
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
        });

        b.Entity<ProviderAccount>(e =>
        {
            e.ToTable("elderly_provider_accounts");
            e.HasKey(x => x.UserName);
            e.Property(x => x.UserName).HasMaxLength(100);
            e.HasIndex(x => x.ProviderId);
            e.Property(x => x.BoundBy).HasMaxLength(100);
        });

        b.Entity<SafetyInspection>(e =>
        {
            e.ToTable("elderly_safety_inspections");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.ProviderId, x.InspectedOn });
            e.Property(x => x.RegionCode).HasMaxLength(12);
            e.HasIndex(x => x.RegionCode);
            e.Property(x => x.Inspector).HasMaxLength(50);
            e.Property(x => x.Result).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Findings).HasMaxLength(1000);
            e.Property(x => x.RectificationNote).HasMaxLength(500);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
            e.Ignore(x => x.Open);
        });
    }
}
