using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;
using Minzheng.Platform.Settings;

namespace Minzheng.IntegrationTests.Platform;

public abstract class SettingsAdminTests(WebHost host)
{
    private Task<T> AsAsync<T>(string role, string region, Func<SettingsAdmin, IServiceProvider, Task<T>> act) =>
        host.AsAsync(role, region, sp => act(sp.GetRequiredService<SettingsAdmin>(), sp));

    [Fact]
    public async Task Shipped_defaults_are_written_once_with_their_sources()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var catalogues = scope.ServiceProvider.GetServices<SettingCatalogue>().ToList();
        await SettingsAdmin.EnsureDefaultsAsync(db, catalogues);
        Assert.Equal(0, await SettingsAdmin.EnsureDefaultsAsync(db, catalogues));
        var rows = await AsAsync(Roles.DistrictLeader, "430408", (a, _) => a.ListAsync("430408001"));
        var urban = rows.Single(r => r.Definition.Key == "dibao.standard.urban_monthly_fen");
        Assert.NotNull(urban.InForce);
        Assert.Contains(urban.Versions, v => v.Value == "60200" && v.Unconfirmed && v.Source.Contains("待核实", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_district_officer_adds_a_dated_version_that_is_audited_and_read_back()
    {
        var version = await AsAsync(Roles.DistrictOfficer, "430408", (a, _) => a.AddVersionAsync(new NewSettingVersion
        {
            Key = "disability.care_subsidy_fen", RegionCode = "430408", EffectiveFrom = new DateOnly(2024, 1, 1), Value = "80", Source = "衡阳市测试文件〔2024〕1号",
        }));
        Assert.Equal("8000", version.Value);
        var reader = await AsAsync(Roles.DistrictLeader, "430408", async (_, sp) =>
            await sp.GetRequiredService<SettingsReader>().GetAsync("disability.care_subsidy_fen", Kernel.Regions.RegionCode.Parse("430408101"), new DateOnly(2024, 6, 1)));
        Assert.Equal("8000", reader?.Value);

        var audit = await AsAsync(Roles.Auditor, "430408", (_, sp) => sp.GetRequiredService<AuditQuery>().HandleAsync(new AuditFilter { EntityId = "disability.care_subsidy_fen" }));
        Assert.Contains(audit.Items, a => a.Details!.Contains("衡阳市测试文件", StringComparison.Ordinal) && a.UserName == "t-DistrictOfficer");

        await Assert.ThrowsAsync<BusinessRuleException>(() => AsAsync(Roles.DistrictOfficer, "430408", (a, _) => a.AddVersionAsync(new NewSettingVersion
        {
            Key = "disability.care_subsidy_fen", RegionCode = "430408", EffectiveFrom = new DateOnly(2024, 1, 1), Value = "90", Source = "重复的生效日期",
        })));
    }

    [Fact]
    public async Task Bad_values_other_regions_and_other_roles_are_refused()
    {
        var bad = await Assert.ThrowsAsync<InputValidationException>(() => AsAsync(Roles.DistrictOfficer, "430408", (a, _) => a.AddVersionAsync(new NewSettingVersion
        {
            Key = "dibao.standard.urban_monthly_fen", RegionCode = "430405", EffectiveFrom = null, Value = "602.005", Source = "x",
        })));
        Assert.Equal(["effectiveFrom", "regionCode", "source", "value"], bad.Errors.Keys.Order());
        await Assert.ThrowsAsync<InputValidationException>(() => AsAsync(Roles.DistrictOfficer, "430408", (a, _) => a.AddVersionAsync(new NewSettingVersion
        {
            Key = "tekun.basic_multiplier", RegionCode = "430408", EffectiveFrom = new DateOnly(2025, 1, 1), Value = "abc", Source = "测试依据文件",
        })));
        // A count with a minimum: 特困 care is 1/N of the minimum wage, and 1/0 is refused with the setting's name.
        var noDivisor = await Assert.ThrowsAsync<InputValidationException>(() => AsAsync(Roles.DistrictOfficer, "430408", (a, _) => a.AddVersionAsync(new NewSettingVersion
        {
            Key = "tekun.care_divisor.partial", RegionCode = "430408", EffectiveFrom = new DateOnly(2025, 1, 1), Value = "0", Source = "测试依据文件",
        })));
        Assert.Contains("不能小于 1", noDivisor.Errors["value"].Single(), StringComparison.Ordinal);
        await Assert.ThrowsAsync<ForbiddenException>(() => AsAsync(Roles.TownCaseWorker, "430408001", (a, _) => a.AddVersionAsync(new NewSettingVersion { Key = "dibao.publicity_days" })));
        await Assert.ThrowsAsync<ForbiddenException>(() => AsAsync(Roles.DistrictLeader, "430408", (a, _) => a.AddVersionAsync(new NewSettingVersion { Key = "dibao.publicity_days" })));
        await Assert.ThrowsAsync<ForbiddenException>(() => AsAsync(Roles.SystemAdmin, "430408", (a, _) => a.ListAsync("430408")));
    }
}

[Collection("sqlite")]
public sealed class SettingsAdminTestsOnSqlite(SqliteWebHost host) : SettingsAdminTests(host);

[Collection("postgres")]
public sealed class SettingsAdminTestsOnPostgres(PostgresWebHost host) : SettingsAdminTests(host);
