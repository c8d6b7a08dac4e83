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
        Assert.Contains(urban.Versions, v => v.Value == "60200" && v.Unconfirmed && v.Source.Contains("2022年工作要点", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_setting_speaks_to_staff_with_a_name_a_control_and_a_plain_source()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var catalogues = scope.ServiceProvider.GetServices<SettingCatalogue>().ToList();
        string[] developerText = ["UNCONFIRMED", "DOMAIN-RULES", "MATCHING", "§", "占位", "例，", "例）", "未核实", "_fen", "TODO"];
        foreach (var d in catalogues.SelectMany(c => c.Definitions))
        {
            Assert.DoesNotMatch(@"\d=", d.Name);
            Assert.True(d.Kind != SettingKind.Choice || d.Options.Count >= 2, d.Key);
            Assert.True(d.Maximum is null || d.Minimum is null || d.Minimum <= d.Maximum, d.Key);
        }

        foreach (var source in catalogues.SelectMany(c => c.Defaults).Select(d => d.Source))
        {
            Assert.DoesNotContain(developerText, t => source.Contains(t, StringComparison.Ordinal));
        }

        // A yes/no rule reads as what it means, and stores what its readers expect.
        var delegated = catalogues.SelectMany(c => c.Definitions).Single(d => d.Key == "assist.approval_delegated_to_town");
        Assert.Equal("由区民政局办理", delegated.Display("0"));
        Assert.Equal("602.00元/月", catalogues.SelectMany(c => c.Definitions).Single(d => d.Key == "dibao.standard.urban_monthly_fen").Display("60200"));
    }

    [Fact]
    public async Task A_choice_takes_only_its_options_and_a_count_only_its_range()
    {
        var wrongChoice = await Assert.ThrowsAsync<InputValidationException>(() => AsAsync(Roles.DistrictOfficer, "430408", (a, _) => a.AddVersionAsync(new NewSettingVersion
        {
            Key = "assist.approval_delegated_to_town", RegionCode = "430408", EffectiveFrom = new DateOnly(2025, 3, 1), Value = "2", Source = "测试依据文件",
        })));
        Assert.Contains("委托乡镇（街道）办理", wrongChoice.Errors["value"].Single(), StringComparison.Ordinal);
        var tooLong = await Assert.ThrowsAsync<InputValidationException>(() => AsAsync(Roles.DistrictOfficer, "430408", (a, _) => a.AddVersionAsync(new NewSettingVersion
        {
            Key = "dibao.publicity_days", RegionCode = "430408", EffectiveFrom = new DateOnly(2025, 3, 1), Value = "31", Source = "测试依据文件",
        })));
        Assert.Contains("1 至 30", tooLong.Errors["value"].Single(), StringComparison.Ordinal);
        var saved = await AsAsync(Roles.DistrictOfficer, "430408", (a, _) => a.AddVersionAsync(new NewSettingVersion
        {
            Key = "assist.approval_delegated_to_town", RegionCode = "430408", EffectiveFrom = new DateOnly(2090, 3, 1), Value = "1", Source = "测试依据文件",
        }));
        Assert.Equal("1", saved.Value);
    }

    [Fact]
    public async Task A_shipped_version_still_at_its_shipped_value_takes_the_current_wording_of_its_source()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var catalogues = scope.ServiceProvider.GetServices<SettingCatalogue>().ToList();
        await SettingsAdmin.EnsureDefaultsAsync(db, catalogues);
        var shipped = catalogues.SelectMany(c => c.Defaults).Single(d => d.Key == "elderly.meal.subsidy_fen");
        var row = db.Settings.Single(s => s.Key == shipped.Key && s.RegionCode == shipped.RegionCode && s.EffectiveFrom == shipped.EffectiveFrom);
        row.Source = "助餐每餐补贴：衡阳标准未找到，5 元为占位（待核实）";
        await db.SaveChangesAsync();

        Assert.Equal(0, await SettingsAdmin.EnsureDefaultsAsync(db, catalogues));
        db.ChangeTracker.Clear();
        Assert.Equal(shipped.Source, db.Settings.Single(s => s.Id == row.Id).Source);
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
