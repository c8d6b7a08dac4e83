using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.IntegrationTests.Registry;
using Minzheng.Platform.Indicators;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Elderly;

/// <summary>
/// The month's visit rate counts every 特殊困难老年人 from the registry, with a plan or without; the support rate counts the
/// never-assessed ones as 未评估 in its denominator; the figures page shows both per town.
/// </summary>
public abstract class ElderFiguresApiTests(WebHost host)
{
    private const string Village = "430408004003"; // a village of its own: every elder of a village counts in its rates

    [Fact]
    public async Task Every_special_elder_counts_in_the_visit_rate_and_the_never_assessed_in_the_support_rate()
    {
        var officer = await host.LoginAsync("officer");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        DateOnly Born(int age) => today.AddYears(-age).AddDays(-1);

        async Task<Guid[]> HouseholdAsync(params (string Name, int Age, string Relation)[] members)
        {
            var created = await officer.PostAsJsonAsync("/api/registry/households", RegistryClient.Household(Village, [.. members.Select(m => (m.Name, IdNumbers.Next(Born(m.Age)), m.Relation))]));
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            var detail = await RegistryClient.DetailAsync(officer, id);
            return [.. members.Select(m => detail.GetProperty("members").EnumerateArray().Single(x => x.GetProperty("name").GetString() == m.Name).GetProperty("id").GetGuid())];
        }

        async Task<decimal?> ReadAsync(string key) => await host.AsAsync(Minzheng.Platform.Identity.Roles.DistrictLeader, "430408", async sp =>
        {
            var source = sp.GetServices<IIndicatorSource>().Single(s => s.Indicators.Any(i => i.Key == key));
            return (await source.ReadAsync(key, new IndicatorPeriod(new DateOnly(today.Year, 1, 1), today), [Village])).Single().Value;
        });

        Assert.Null(await ReadAsync("elderly.monthly_visit_rate")); // nobody there yet: no figure

        var alone = (await HouseholdAsync(("独居甲", 75, "Head")))[0];
        await HouseholdAsync(("有子乙", 70, "Head"), ("儿子乙", 40, "Child")); // in no category
        var lost = (await HouseholdAsync(("失能丙", 72, "Head")))[0];
        await HouseholdAsync(("空巢丁", 68, "Head"), ("空巢戊", 66, "Spouse"));
        var scores = Minzheng.Elderly.Domain.Assessment.AssessmentItems.All.ToDictionary(i => i.Code, _ => 0);
        var assessed = await officer.PostAsJsonAsync($"/api/elderly/persons/{lost}/assessments",
            new { scores, dementia = false, otherMentalDisorder = false, careRiskEvents = 0, comatose = false, assessedOn = today, assessor = "刘评估", secondAssessor = "陈评估" });
        Assert.True(assessed.StatusCode == HttpStatusCode.Created, await assessed.Content.ReadAsStringAsync());

        // Four special elders (独居 ×2, 空巢 ×2), none with a plan, none visited: 0 %, not "no figure".
        Assert.Equal(0m, await ReadAsync("elderly.monthly_visit_rate"));
        // 失能 1 + 未评估 3 in the denominator, nobody supported yet.
        Assert.Equal(0m, await ReadAsync("elderly.disabled_support_rate"));

        Assert.Equal(HttpStatusCode.NoContent, (await officer.PutAsJsonAsync($"/api/elderly/persons/{alone}/visit-plan", new { risk = "General", startsOn = today })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsJsonAsync($"/api/elderly/persons/{alone}/visits", new { visitedOn = today, method = "Home", visitor = "李探访" })).StatusCode);
        Assert.Equal(25m, await ReadAsync("elderly.monthly_visit_rate")); // a quarterly plan's elder counts too
        Assert.Equal(25m, await ReadAsync("elderly.disabled_support_rate"));

        // The figures page: the town's row counts them, 未评估 shown.
        var figures = await officer.GetFromJsonAsync<JsonElement>("/api/elderly/figures");
        Assert.Equal("能力中度受损（中度失能）及以上", figures.GetProperty("disabledLevels").GetString());
        var town = figures.GetProperty("towns").EnumerateArray().Single(t => t.GetProperty("figures").GetProperty("regionCode").GetString() == "430408004").GetProperty("figures");
        Assert.True(town.GetProperty("special").GetInt32() >= 4);
        Assert.True(town.GetProperty("unassessed").GetInt32() >= 3);
        Assert.True(town.GetProperty("disabled").GetInt32() >= 1);

        // A town worker sees their own town only.
        var mine = await (await host.LoginAsync("zhengxiang")).GetFromJsonAsync<JsonElement>("/api/elderly/figures");
        Assert.Equal(["430408001"], mine.GetProperty("towns").EnumerateArray().Select(t => t.GetProperty("figures").GetProperty("regionCode").GetString()));
    }
}

[Collection("sqlite")]
public sealed class ElderFiguresApiTestsOnSqlite(SqliteWebHost host) : ElderFiguresApiTests(host);

[Collection("postgres")]
public sealed class ElderFiguresApiTestsOnPostgres(PostgresWebHost host) : ElderFiguresApiTests(host);
