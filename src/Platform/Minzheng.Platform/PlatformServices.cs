using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Data;
using Minzheng.Platform.Identity;
using Minzheng.Platform.Outbox.Subscribers;
using Minzheng.Platform.Security;
using Minzheng.Platform.Settings;
using Minzheng.Platform.Sms;

namespace Minzheng.Platform;

/// <summary>Services every host needs: the database, field protection, the audit log, settings, and Identity's user store.</summary>
public static class PlatformServices
{
    /// <summary>Reads Database:Provider / Database:ConnectionString and Protection:Keys / Protection:KeyFile.</summary>
    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        var db = new DatabaseOptions();
        if (configuration["Database:Provider"] is { Length: > 0 } provider)
        {
            db.Provider = DatabaseOptions.ParseProvider(provider);
        }

        if (configuration["Database:ConnectionString"] is { Length: > 0 } cs)
        {
            db.ConnectionString = cs;
        }

        services.AddSingleton(db);
        services.AddSingleton(LoadKeys(configuration));
        services.AddSingleton<FieldProtector>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Regions.RegionNames>();
        services.AddSmsGateway(configuration);
        var policy = Security.Policy.SecurityPolicy.FromConfiguration(configuration);
        services.AddSingleton(sp => new Security.Policy.SecurityPolicyStore(sp.GetRequiredService<IServiceScopeFactory>(), policy, sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<Security.Policy.SecurityPolicyAdmin>();
        services.AddHttpContextAccessor();
        services.AddDbContext<PlatformDbContext>((sp, o) => sp.GetRequiredService<DatabaseOptions>().Apply(o));
        services.AddScoped<AuditLog>();
        services.AddScoped<SettingsReader>();
        services.AddScoped<AuditQuery>();
        services.AddSingleton(PlatformAuditVocabulary.Value);
        services.AddSingleton<AuditNames>();
        services.AddScoped<SecurityAlerts>();
        services.AddScoped<LoginReportQuery>();
        services.AddScoped<SettingsAdmin>();
        services.AddScoped<Calendar.HolidayCalendar>();
        services.AddScoped<Indicators.IndicatorRegistry>();
        services.AddOutboxSubscribers(configuration);
        services.AddScoped<UseCases.UseCases>();
        var jobs = new Jobs.JobOptions();
        configuration.GetSection("Jobs").Bind(jobs);
        services.AddSingleton(jobs);

        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = PasswordPolicyValidator<AppUser>.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = policy.LockoutAttempts;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(policy.LockoutMinutes);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddUserStore<AppUserStore>()
            .AddPasswordValidator<PasswordPolicyValidator<AppUser>>()
            .AddPasswordValidator<PasswordHistoryValidator>()
            .AddErrorDescriber<ChineseIdentityErrors>();

        // The 安全管理员's lockout rule as it stands for each UserManager (Security/Policy), not as it stood at start-up.
        services.AddTransient<Microsoft.Extensions.Options.IOptions<IdentityOptions>, Security.Policy.PolicyIdentityOptions>();
        services.AddScoped<IPasswordHasher<AppUser>>(_ => new Sm3PasswordHasher<AppUser>(
            configuration.GetValue("Security:PasswordIterations", Sm3PasswordHasher<AppUser>.DefaultIterations)));
        services.AddScoped<UserAdministration>();
        services.AddScoped<AccountAdministration>();
        return services;
    }

    /// <summary>The web host keeps the loaded holiday years in force on every node (the CLI applies them when it starts).</summary>
    public static IServiceCollection AddHolidayCalendarRefresh(this IServiceCollection services) => services.AddHostedService<Calendar.HolidayCalendarRefresh>();

    /// <summary>The web host keeps the 安全管理员's sign-in policy current on every node.</summary>
    public static IServiceCollection AddSecurityPolicyRefresh(this IServiceCollection services) => services.AddHostedService<Security.Policy.SecurityPolicyRefresh>();

    /// <summary>The CLI and jobs act as the system user; the web host registers the request/circuit user instead.</summary>
    public static IServiceCollection AddSystemUser(this IServiceCollection services) => services.AddScoped<ICurrentUser, SystemUser>();

    private static ProtectionKeys LoadKeys(IConfiguration configuration)
    {
        if (configuration["Protection:Keys"] is { Length: > 0 } keys)
        {
            return ProtectionKeys.FromText(keys);
        }

        return ProtectionKeys.LoadOrCreateFile(configuration["Protection:KeyFile"] ?? Path.Combine("data", "keys", "field-protection.key"));
    }
}
