using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Domain.Assessment;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;

namespace Minzheng.Elderly.Data;

/// <summary>Elderly care's context; records are filtered to the user's regions here, once.</summary>
internal sealed class ElderlyDbContext(DbContextOptions<ElderlyDbContext> options, ICurrentUser user, TimeProvider clock) : ModuleDbContext(options, user, clock)
{
    public DbSet<AbilityAssessment> Assessments => Set<AbilityAssessment>();

    public DbSet<Domain.Profiles.ElderFlags> Flags => Set<Domain.Profiles.ElderFlags>();

    public DbSet<Domain.Visits.VisitPlan> VisitPlans => Set<Domain.Visits.VisitPlan>();

    public DbSet<Domain.Visits.CareVisit> Visits => Set<Domain.Visits.CareVisit>();

    public DbSet<Domain.Services.Provider> Providers => Set<Domain.Services.Provider>();

    public DbSet<Domain.Services.HomeCareBed> Beds => Set<Domain.Services.HomeCareBed>();

    public DbSet<Domain.Services.ServiceDelivery> Deliveries => Set<Domain.Services.ServiceDelivery>();

    public DbSet<Domain.Retrofits.Retrofit> Retrofits => Set<Domain.Retrofits.Retrofit>();

    public DbSet<Domain.Services.Facility> Facilities => Set<Domain.Services.Facility>();

    public DbSet<Domain.Services.MealRecord> Meals => Set<Domain.Services.MealRecord>();

    public DbSet<Domain.Profiles.CentenarianAction> CentenarianActions => Set<Domain.Profiles.CentenarianAction>();

    public DbSet<Domain.Services.ProviderAccount> ProviderAccounts => Set<Domain.Services.ProviderAccount>();

    public DbSet<Domain.Services.SafetyInspection> Inspections => Set<Domain.Services.SafetyInspection>();

    public DbSet<Domain.Services.ServiceOrder> Orders => Set<Domain.Services.ServiceOrder>();

    public DbSet<Domain.Services.MealEnrolment> MealEnrolments => Set<Domain.Services.MealEnrolment>();

    /// <summary>No region of its own: reached only through a visit the caller has already found within scope.</summary>
    public DbSet<Domain.Services.DeliveryPhoto> DeliveryPhotos => Set<Domain.Services.DeliveryPhoto>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        ElderlyModel.Configure(modelBuilder);
    }
}
