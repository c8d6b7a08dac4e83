using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Data;
using Minzheng.Platform.Modules;
using Minzheng.WorkPlan.Data;
using Minzheng.WorkPlan.Features.DownloadEvidence;
using Minzheng.WorkPlan.Features.LoadPlan;
using Minzheng.WorkPlan.Features.QuarterlyReport;
using Minzheng.WorkPlan.Features.ReportProgress;
using Minzheng.WorkPlan.Features.ReviewProgress;
using Minzheng.WorkPlan.Features.Shared;
using Minzheng.WorkPlan.Features.ViewProgress;
using Minzheng.WorkPlan.Features.ViewTarget;

namespace Minzheng.WorkPlan;

/// <summary>工作要点: the year's plan as data, its targets against live indicators or approved reports, the dashboard and the quarterly report.</summary>
public sealed class WorkPlanModule : IModule
{
    public string Name => "WorkPlan";

    public Assembly PagesAssembly => typeof(WorkPlanModule).Assembly;

    public IReadOnlyList<NavItem> Navigation { get; } =
    [
        new("工作要点", "进展看板", "/workplan", "dashboard", [.. Minzheng.Platform.Access.Policies.CaseDataRoles]),
    ];

    public IReadOnlyList<Type> HomeWidgets { get; } = [typeof(Features.ViewProgress.PlanSummaryWidget)];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(WorkPlanAuditVocabulary.Value);
        AddCore(services);
    }

    /// <summary>What the CLI needs too.</summary>
    public static void AddCore(IServiceCollection services)
    {
        services.AddDbContext<WorkPlanDbContext>((sp, o) => sp.GetRequiredService<DatabaseOptions>().Apply(o));
        services.AddScoped<LoadPlanHandler>();
        services.AddSingleton<Contracts.IWorkPlanOperations, WorkPlanOperations>();
        services.AddScoped<TargetValues>();
        services.AddScoped<PlanProgressHandler>();
        services.AddScoped<TargetDetailHandler>();
        services.AddScoped<ReportProgressHandler>();
        services.AddScoped<ReviewProgressHandler>();
        services.AddScoped<DownloadEvidenceHandler>();
        services.AddScoped<QuarterlyReportHandler>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => WorkPlanEndpoints.Map(endpoints);

    /// <summary>Applies the work plan's tables to the consolidated migrations model.</summary>
    public static void ConfigureModel(ModelBuilder builder) => WorkPlanModel.Configure(builder);

    /// <summary>The plan files shipped in plans/ (built into the module), by file name.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> ShippedPlans()
    {
        var assembly = typeof(WorkPlanModule).Assembly;
        return assembly.GetManifestResourceNames().Where(n => n.StartsWith("plans/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return (n["plans/".Length..], copy.ToArray());
            }).ToList();
    }
}
