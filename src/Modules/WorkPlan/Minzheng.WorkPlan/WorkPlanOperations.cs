using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Platform.Indicators;
using Minzheng.WorkPlan.Contracts;
using Minzheng.WorkPlan.Data;
using Minzheng.WorkPlan.Domain;
using Minzheng.WorkPlan.Features.LoadPlan;
using Minzheng.WorkPlan.Features.Shared;
using Minzheng.WorkPlan.Features.ViewProgress;

namespace Minzheng.WorkPlan;

/// <summary>What the hosts (first start, the CLI) do with plans as the system, without a signed-in user.</summary>
internal sealed class WorkPlanOperations(IServiceScopeFactory scopes, TimeProvider clock) : IWorkPlanOperations
{
    public async Task<PlanLoaded> LoadAsync(byte[] file, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = SystemContext(scope.ServiceProvider);
        var r = await new LoadPlanHandler(db, scope.ServiceProvider.GetRequiredService<IndicatorRegistry>(), clock).HandleAsync(file, ct);
        var outcome = r.Outcome switch { LoadOutcome.Created => PlanLoadOutcome.Created, LoadOutcome.Updated => PlanLoadOutcome.Updated, _ => PlanLoadOutcome.Unchanged };
        return new PlanLoaded(r.Year, r.Title, r.Parts, r.Points, r.Targets, outcome);
    }

    public async Task<PlanStatus> StatusAsync(int year, DateOnly? asOf, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = SystemContext(scope.ServiceProvider);
        var plan = await new PlanProgressHandler(db, new TargetValues(db, scope.ServiceProvider.GetRequiredService<IndicatorRegistry>()), clock).HandleAsync(year, asOf, ct);
        var lines = plan.Targets.Select(t => new PlanStatusLine(t.PointNumber, t.Name, t.Value is { } v ? TargetEvaluator.N(v) : "—",
            $"{(t.Direction == TargetDirection.AtLeast ? "≥" : "≤")}{TargetEvaluator.N(t.TargetValue)}{t.Unit}", t.StatusText, t.Reason)).ToList();
        return new PlanStatus(plan.Title, plan.AsOf, plan.Percent, plan.Counts.ToDictionary(c => c.Key.ToString(), c => c.Value), lines);
    }

    public async Task<IReadOnlyList<PlanLoaded>> EnsureShippedPlansAsync(CancellationToken ct = default)
    {
        var loaded = new List<PlanLoaded>();
        foreach (var (_, bytes) in WorkPlanModule.ShippedPlans())
        {
            var file = PlanFileReader.Read(bytes);
            await using var scope = scopes.CreateAsyncScope();
#pragma warning disable CA2000 // disposed by the await using; the analyzer misreads await using inside a loop
            await using var db = SystemContext(scope.ServiceProvider);
#pragma warning restore CA2000
            if (!await db.Plans.AnyAsync(p => p.RegionCode == file.Region && p.Year == file.Year, ct))
            {
                loaded.Add(await LoadAsync(bytes, ct));
            }
        }

        return loaded;
    }

    private WorkPlanDbContext SystemContext(IServiceProvider services)
    {
        var builder = new DbContextOptionsBuilder<WorkPlanDbContext>();
        services.GetRequiredService<DatabaseOptions>().Apply(builder);
        return new WorkPlanDbContext(builder.Options, new SystemUser(), clock);
    }
}
