using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Assistance.Domain.Benefits;
using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Features.AdvanceCase;
using Minzheng.Assistance.Features.ApplyForAssistance;
using Minzheng.Assistance.Features.ComputeBenefit;
using Minzheng.Assistance.Features.GetCase;
using Minzheng.Assistance.Features.ListCases;
using Minzheng.Assistance.Features.PublishIndicators;
using Minzheng.Assistance.Features.Shared;
using Minzheng.Platform.Data;
using Minzheng.Platform.Indicators;
using Minzheng.Platform.Modules;
using Minzheng.Platform.Settings;

using Minzheng.Platform.Outbox.Subscribers;

namespace Minzheng.Assistance;

/// <summary>社会救助: standards as settings, the benefit rules, and 低保 applications through their workflow. Payroll comes next.</summary>
public sealed class AssistanceModule : IModule
{
    public string Name => "Assistance";

    public Assembly PagesAssembly => typeof(AssistanceModule).Assembly;

    public IReadOnlyList<NavItem> Navigation { get; } =
    [
        new("社会救助", "社会救助申请办理", "/assistance/cases", "solution", [.. Minzheng.Platform.Access.Policies.CaseDataRoles]),
        new("社会救助", "复核任务", "/assistance/reviews", "schedule", [.. Minzheng.Platform.Access.Policies.CaseDataRoles]),
        new("社会救助", "疑似漏保", "/assistance/gaps", "search", [.. Minzheng.Platform.Access.Policies.CaseDataRoles]),
        new("社会救助", "发放造册", "/assistance/payroll", "bank", ["TownCaseWorker", "DistrictOfficer", "DistrictLeader", "Auditor"]),
        new("系统设置", "短信发件箱", "/admin/sms", "message", [Minzheng.Platform.Identity.Roles.SystemAdmin]),
    ];

    public IReadOnlyList<Type> HomeWidgets { get; } = [typeof(Features.CaseFigures.CaseFiguresWidget)];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(AssistanceAuditVocabulary.Value);
        AddCore(services);
        if (configuration.GetValue("Jobs:WorkerEnabled", true))
        {
            services.AddHostedService<Features.Payroll.PayrollWorker>(); // the web host prepares payrolls in the background; the CLI in the foreground
        }

        services.AddHostedService<Features.SmsOutbox.SmsWorker>();
    }

    /// <summary>What the CLI needs too: the standards catalogue and the indicators published from it.</summary>
    public static void AddCore(IServiceCollection services)
    {
        services.AddSingleton(new SettingCatalogue(AssistanceDefaults.Definitions, AssistanceDefaults.All));
        services.AddScoped<IIndicatorSource, StandardIndicators>();
        services.AddDbContext<AssistanceDbContext>((sp, o) => sp.GetRequiredService<DatabaseOptions>().Apply(o));
        services.AddScoped<CaseDeadlines>();
        services.AddSingleton<Contracts.IPayrollOperations, AssistanceOperations>();
        services.AddScoped<Features.InvestigationPhotos.InvestigationPhotosHandler>();
        services.AddScoped<Features.CoverageGaps.CoverageGapsHandler>();
        services.AddScoped<CaseComputation>();
        services.AddScoped<ApplyHandler>();
        services.AddScoped<Features.ApplyForAssistance.CaseIntake>();
        services.AddScoped<Features.ApplyOnline.ApplyOnlineHandler>();
        services.AddSingleton<Features.ApplyOnline.OnlineCodeThrottle>();
        services.AddScoped<Features.SmsOutbox.SmsSender>();
        services.AddScoped<Features.SmsOutbox.SmsOutboxHandler>();
        services.AddScoped<AdvanceHandler>();
        services.AddScoped<Features.ExtendDeadline.ExtendDeadlineHandler>();
        services.AddScoped<Features.ArrangeSupport.ArrangeSupportHandler>();
        services.AddScoped<Features.AdvanceCase.Investigation>();
        services.AddScoped<ListCasesHandler>();
        services.AddScoped<GetCaseHandler>();
        services.AddScoped<Features.PrintNotices.NoticesHandler>();
        services.AddScoped<Features.CaseFigures.CaseFiguresHandler>();
        services.AddScoped<ReviewSchedule>();
        services.AddScoped<Features.ManageBenefit.ManageBenefitHandler>();
        services.AddScoped<Features.ManageBenefit.LivingSubsidiesFollowDibao>();
        services.AddScoped<Features.ManageBenefit.ReviewsHandler>();
        services.AddScoped<Features.Payroll.PreparePayrollHandler>();
        services.AddScoped<Features.Payroll.ApprovePayrollHandler>();
        services.AddScoped<Features.Payroll.BankFiles>();
        services.AddScoped<Features.Payroll.BankReturnHandler>();
        services.AddScoped<Features.Payroll.PayrollQueries>();
        services.AddScoped<Minzheng.Assistance.Contracts.IAssistanceCases, Features.ForMonitoring.AssistanceCasesForMonitoring>();
        services.AddScoped<Minzheng.Assistance.Contracts.IAssetRules, Features.ForMonitoring.AssetRulesForMonitoring>();
        services.AddScoped<Features.HoldForReview.BenefitHolds>();
        services.AddScoped<Features.HoldForReview.DeathRecalculation>();
        services.AddOutboxSubscriber<Features.HoldForReview.MonitoringFindingsSubscriber>();
        services.AddOutboxSubscriber<Features.HoldForReview.RegistryChangesSubscriber>();
    }

    /// <summary>Applies social assistance's tables to the consolidated migrations model.</summary>
    public static void ConfigureModel(ModelBuilder builder) => AssistanceModel.Configure(builder);

    /// <summary>
    /// PostgreSQL only: room in every page of the payments for approval's new row versions (a payment grows by its payee
    /// and commitment), so approval rewrites a payment on its own page without touching an index (HOT).
    /// </summary>
    public static void ConfigurePostgres(ModelBuilder builder) => builder.Entity<Domain.Payroll.Payment>().HasStorageParameter("fillfactor", 30);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        AssistanceEndpoints.Map(endpoints);
        Features.ApplyOnline.ApplyOnlineEndpoints.Map(endpoints);
    }
}
