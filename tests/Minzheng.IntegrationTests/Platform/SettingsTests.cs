using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Kernel.Regions;
using Minzheng.Platform.Data;
using Minzheng.Platform.Settings;

namespace Minzheng.IntegrationTests.Platform;

public abstract class SettingsTests(WebHost host)
{
    [Fact]
    public async Task The_value_in_force_comes_from_the_most_specific_region_and_the_latest_date()
    {
        var key = "test." + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            db.Settings.AddRange(
                new SettingVersion { Key = key, RegionCode = "43", EffectiveFrom = new DateOnly(2021, 1, 1), Value = "55000", Source = "UNCONFIRMED: test", Unconfirmed = true },
                new SettingVersion { Key = key, RegionCode = "430408", EffectiveFrom = new DateOnly(2022, 1, 1), Value = "60200", Source = "2022年工作要点" },
                new SettingVersion { Key = key, RegionCode = "430408", EffectiveFrom = new DateOnly(2023, 7, 1), Value = "63000", Source = "test" });
            await db.SaveChangesAsync();
        }

        await using var read = host.Factory.Services.CreateAsyncScope();
        var settings = read.ServiceProvider.GetRequiredService<SettingsReader>();
        Assert.Equal("60200", (await settings.GetAsync(key, RegionCode.Parse("430408001"), new DateOnly(2023, 6, 30)))?.Value);
        Assert.Equal("63000", (await settings.GetAsync(key, RegionCode.Parse("430408001"), new DateOnly(2023, 7, 1)))?.Value);
        Assert.Equal("55000", (await settings.GetAsync(key, RegionCode.Parse("430405001"), new DateOnly(2023, 7, 1)))?.Value);
        Assert.Null(await settings.GetAsync(key, RegionCode.Parse("430408001"), new DateOnly(2020, 12, 31)));
    }
}

[Collection("sqlite")]
public sealed class SettingsTestsOnSqlite(SqliteWebHost host) : SettingsTests(host);

[Collection("postgres")]
public sealed class SettingsTestsOnPostgres(PostgresWebHost host) : SettingsTests(host);
