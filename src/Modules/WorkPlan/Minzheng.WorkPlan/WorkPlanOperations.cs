using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Platform.Indicators;
using Minzheng.WorkPlan.Data;
using Minzheng.WorkPlan.Features.LoadPlan;
using Minzheng.WorkPlan.Features.Shared;
using Minzheng.WorkPlan.Features.ViewProgress;

namespace Minzheng.WorkPlan;

/// <summary>What the hosts (first start, the CLI) do with plans as the system, without a signed-in user.</summary>
public static class WorkPlanOperations
{
    public static async Task<LoadPlanResult> LoadAsync(IServiceProvider services, byte[] file, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = SystemContext(scope.ServiceProvider);
        return await new LoadPlanHandler(db, scope.ServiceProvider.GetRequiredService<IndicatorRegistry>(), services.GetRequiredService<TimeProvider>()).HandleAsync(file, ct);
    }

    public static async Task<PlanProgress> ProgressAsync(IServiceProvider services, int year, DateOnly? asOf, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        await using var db = SystemContext(scope.ServiceProvider);
        var clock = services.GetRequiredService<TimeProvider>();
        return await new PlanProgressHandler(db, new TargetValues(db, scope.ServiceProvider.GetRequiredService<IndicatorRegistry>()), clock).HandleAsync(year, asOf, ct);
    }

    /// <summary>Loads each plan shipped in plans/ whose year the region has no plan for yet; a plan already there (perhaps revised) is left alone.</summary>
    public static async Task<IReadOnlyList<LoadPlanResult>> EnsureShippedPlansAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var loaded = new List<LoadPlanResult>();
        foreach (var (_, bytes) in WorkPlanModule.ShippedPlans())
        {
            var file = PlanFileReader.Read(bytes);
            await using var db = SystemContext(services);
            if (!await db.Plans.AnyAsync(p => p.RegionCode == file.Region && p.Year == file.Year, ct))
            {
                loaded.Add(await LoadAsync(services, bytes, ct));
            }
        }

        return loaded;
    }

    private static WorkPlanDbContext SystemContext(IServiceProvider services)
    {
        var builder = new DbContextOptionsBuilder<WorkPlanDbContext>();
        services.GetRequiredService<DatabaseOptions>().Apply(builder);
        return new WorkPlanDbContext(builder.Options, new SystemUser(), services.GetRequiredService<TimeProvider>());
    }
}
