using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Minzheng.Platform;
using Minzheng.Platform.Data;
using Minzheng.Platform.Identity;
using Minzheng.Registry;
using Minzheng.Registry.Data;
using Minzheng.Registry.Features.SeedDemo;

namespace Minzheng.TestSupport;

/// <summary>Users with known passwords and the demo regions, written straight into a test database.</summary>
public static class TestData
{
    public const string Password = "Xiang-River-Lotus-2022";

    public static readonly IReadOnlyList<(string User, string Role, string[] Regions)> Users =
    [
        ("leader", Roles.DistrictLeader, ["430408"]),
        ("officer", Roles.DistrictOfficer, ["430408"]),
        ("zhengxiang", Roles.TownCaseWorker, ["430408001"]),
        ("hongxiang", Roles.TownCaseWorker, ["430408002"]),
        ("daiyingling", Roles.TownCaseWorker, ["430408100"]),
        ("assistant", Roles.VillageAssistant, ["430408001001"]),
        ("auditor", Roles.Auditor, ["430408"]),
        ("sysadmin", Roles.SystemAdmin, []),
        ("secadmin", Roles.SecurityAdmin, []),
        ("auditadmin", Roles.AuditAdmin, []),
        ("partner", Roles.PartnerDepartment, []),
        ("provider", Roles.ServiceProvider, ["430408"]),
        ("carer", Roles.ServiceProvider, ["430408"]),
    ];

    public static ServiceProvider Services(DatabaseOptions db, string keyFile)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = db.Provider.ToString(),
            ["Database:ConnectionString"] = db.ConnectionString,
            ["Protection:KeyFile"] = keyFile,
            ["Security:PasswordIterations"] = "1000",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddPlatform(config);
        services.AddSystemUser();
        new RegistryModule().AddServices(services, config);
        return services.BuildServiceProvider();
    }

    /// <summary>Regions of the demo district and one account per role, all with <see cref="Password"/>.</summary>
    public static async Task SeedAsync(DatabaseOptions db, string keyFile)
    {
        await using var sp = Services(db, keyFile);
        await using var scope = sp.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        registry.Regions.AddRange(DemoRegions.All());
        await registry.SaveChangesAsync();
        var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        foreach (var (user, role, regions) in Users)
        {
            await admin.CreateAsync(user, user + "（测试）", role, regions, Password, mustChangePassword: false);
        }
    }
}
