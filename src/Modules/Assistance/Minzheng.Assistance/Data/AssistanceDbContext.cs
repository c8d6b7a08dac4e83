using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;

namespace Minzheng.Assistance.Data;

/// <summary>Social assistance's context; cases and their timelines are filtered to the user's regions here, once.</summary>
internal sealed class AssistanceDbContext(DbContextOptions<AssistanceDbContext> options, ICurrentUser user, TimeProvider clock)
    : ModuleDbContext(options, user, clock)
{
    public DbSet<AssistanceCase> Cases => Set<AssistanceCase>();

    public DbSet<CaseIncome> Incomes => Set<CaseIncome>();

    public DbSet<CaseEvent> Events => Set<CaseEvent>();

    public DbSet<CasePhoto> Photos => Set<CasePhoto>();

    public DbSet<CaseConsent> Consents => Set<CaseConsent>();

    public DbSet<GapReview> GapReviews => Set<GapReview>();

    public DbSet<BenefitChange> BenefitChanges => Set<BenefitChange>();

    public DbSet<SupportArrangement> SupportArrangements => Set<SupportArrangement>();

    public DbSet<Domain.Payroll.PayrollRun> PayrollRuns => Set<Domain.Payroll.PayrollRun>();

    public DbSet<Domain.Payroll.Payment> Payments => Set<Domain.Payroll.Payment>();

    public DbSet<Domain.Online.OnlineCode> OnlineCodes => Set<Domain.Online.OnlineCode>();

    public DbSet<Domain.Online.SmsMessage> SmsOutbox => Set<Domain.Online.SmsMessage>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        AssistanceModel.Configure(modelBuilder);
        modelBuilder.Entity<Domain.Online.SmsMessage>().HasQueryFilter(x => ScopeAll);
    }
}
