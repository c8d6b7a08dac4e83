using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Platform.Indicators;

namespace Minzheng.IntegrationTests.Elderly;

/// <summary>Centres per town and mutual-aid facilities per village, and the coverage rates the work plan reads.</summary>
public abstract class FacilityApiTests(WebHost host)
{
    private static readonly string[] Town = ["430408100"];

    [Fact]
    public async Task Facilities_are_registered_where_they_belong_and_give_coverage_by_division_kind()
    {
        var officer = await host.LoginAsync("officer");
        var worker = await host.LoginAsync("zhengxiang");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var centre = new { kind = "TownCentre", regionCode = "430408100", name = "呆鹰岭镇综合性养老服务中心", openedOn = today };
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostAsJsonAsync("/api/elderly/facilities", centre)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsJsonAsync("/api/elderly/facilities", centre with { regionCode = "430408100201" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsJsonAsync("/api/elderly/facilities", centre with { openedOn = today.AddDays(1) })).StatusCode);
        var mutual = new { kind = "MutualAid", regionCode = "430408001001", name = "互助养老点", openedOn = today };
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsJsonAsync("/api/elderly/facilities", mutual)).StatusCode); // a 社区, not a 村

        var before = await ReadAsync("elderly.rural_facility_coverage", today);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync("/api/elderly/facilities", centre)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync("/api/elderly/facilities", mutual with { regionCode = "430408100201", name = "呆鹰岭镇第1村互助养老服务站" })).StatusCode);

        Assert.Equal(100m, await ReadAsync("elderly.centre_coverage_township", today));
        Assert.Null(await ReadAsync("elderly.centre_coverage_subdistrict", today)); // a 镇 has no 街道 in it: no figure
        var after = await ReadAsync("elderly.rural_facility_coverage", today);
        Assert.True(after > (before ?? 0), $"{before} → {after}");

        var view = await worker.GetFromJsonAsync<JsonElement>("/api/elderly/facilities");
        Assert.Contains(view.GetProperty("facilities").EnumerateArray(), f => f.GetProperty("name").GetString() == "呆鹰岭镇第1村互助养老服务站");
        Assert.Equal(3, view.GetProperty("coverage").GetArrayLength());
    }

    private async Task<decimal?> ReadAsync(string key, DateOnly today) => await host.AsAsync(Minzheng.Platform.Identity.Roles.DistrictLeader, "430408", async sp =>
    {
        var source = sp.GetServices<IIndicatorSource>().Single(s => s.Indicators.Any(i => i.Key == key));
        return (await source.ReadAsync(key, new IndicatorPeriod(new DateOnly(today.Year, 1, 1), today), Town)).Single().Value;
    });
}

[Collection("sqlite")]
public sealed class FacilityApiTestsOnSqlite(SqliteWebHost host) : FacilityApiTests(host);

[Collection("postgres")]
public sealed class FacilityApiTestsOnPostgres(PostgresWebHost host) : FacilityApiTests(host);
