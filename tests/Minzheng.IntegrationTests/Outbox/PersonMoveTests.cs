using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.IntegrationTests.Registry;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Outbox;

/// <summary>
/// The registry publishes a person's move; elderly care follows it in its own transaction (issue 16.3): the elder's visit
/// plan and profile go to the new town — the old town no longer sees them, the new town does and can change the plan.
/// </summary>
public abstract class PersonMoveTests(WebHost host)
{
    [Fact]
    public async Task An_elder_moved_to_another_town_takes_the_visit_plan_along_and_nothing_collides()
    {
        var oldTown = await host.LoginAsync("zhengxiang");
        var newTown = await host.LoginAsync("hongxiang");
        var officer = await host.LoginAsync("officer");
        var elderId = IdNumbers.Next(new DateOnly(1948, 3, 9));
        var created = await oldTown.PostAsJsonAsync("/api/registry/households", RegistryClient.Household("430408001004",
            ("吴建国", IdNumbers.Next(new DateOnly(1975, 1, 2)), "Head"), ("吴老太", elderId, "Parent")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var from = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var elder = (await RegistryClient.DetailAsync(oldTown, from)).GetProperty("members").EnumerateArray()
            .Single(m => m.GetProperty("name").GetString() == "吴老太").GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await oldTown.PutAsJsonAsync($"/api/elderly/persons/{elder}/visit-plan", new { risk = "High", startsOn = "2026-01-05" })).StatusCode);
        Assert.Contains(await OverdueAsync(oldTown), e => e == elder);

        // The district moves her into a household of another town.
        var (to, _) = await RegistryClient.CreateAsync(officer, RegistryClient.HongxiangVillage);
        var moved = await officer.PostAsJsonAsync($"/api/registry/households/{to}/move-in", new { idNumber = elderId, relation = "Parent", note = "随子女迁居" });
        Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());

        async Task<string?> RiskAsync()
        {
            var view = await newTown.GetAsync($"/api/elderly/persons/{elder}/visits");
            return view.IsSuccessStatusCode ? (await view.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("plan").GetString() : null;
        }

        await Eventually.AssertAsync(async () => await RiskAsync() is not null, async () => Assert.NotNull(await RiskAsync()));
        Assert.Contains(await OverdueAsync(newTown), e => e == elder);
        Assert.DoesNotContain(await OverdueAsync(oldTown), e => e == elder);
        Assert.Equal(HttpStatusCode.NotFound, (await oldTown.GetAsync($"/api/elderly/persons/{elder}/visits")).StatusCode);

        // The new town changes the plan: the same row, now in its region — no second plan, no key collision.
        Assert.Equal(HttpStatusCode.NoContent, (await newTown.PutAsJsonAsync($"/api/elderly/persons/{elder}/visit-plan", new { risk = "Key", startsOn = "2026-02-01" })).StatusCode);
        Assert.NotNull(await RiskAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await oldTown.PutAsJsonAsync($"/api/elderly/persons/{elder}/visit-plan", new { risk = "General", startsOn = "2026-02-01" })).StatusCode);
    }

    private static async Task<List<Guid>> OverdueAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/elderly/visits/overdue")).EnumerateArray().Select(r => r.GetProperty("personId").GetGuid()).ToList();
}

[Collection("sqlite")]
public sealed class PersonMoveTestsOnSqlite(SqliteWebHost host) : PersonMoveTests(host);

[Collection("postgres")]
public sealed class PersonMoveTestsOnPostgres(PostgresWebHost host) : PersonMoveTests(host);
