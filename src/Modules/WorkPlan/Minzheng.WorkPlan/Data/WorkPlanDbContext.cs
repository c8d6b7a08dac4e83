using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.WorkPlan.Domain;

namespace Minzheng.WorkPlan.Data;

/// <summary>
/// The work plan's context. A plan belongs to a bureau's region and is read by everyone whose regions overlap it
/// (the district's staff, and each town's for its own breakdown): the filter lets a region through when it lies
/// inside the user's scope or contains it.
/// </summary>
internal sealed class WorkPlanDbContext(DbContextOptions<WorkPlanDbContext> options, ICurrentUser user, TimeProvider clock)
    : ModuleDbContext(options, user, clock)
{
    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<PlanPart> Parts => Set<PlanPart>();

    public DbSet<PlanPoint> Points => Set<PlanPoint>();

    public DbSet<PlanTarget> Targets => Set<PlanTarget>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

    public DbSet<ProgressReport> Reports => Set<ProgressReport>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        WorkPlanModel.Configure(modelBuilder);
    }
}
