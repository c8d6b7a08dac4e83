using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.IntegrationTests.Registry;
using Minzheng.TestSupport;
using static Minzheng.IntegrationTests.Assistance.AssistanceClient;

namespace Minzheng.IntegrationTests.Assistance;

/// <summary>疑似漏保: households of elders and children only, not covered, listed for their town until applied for or checked.</summary>
public abstract class CoverageGapTests(WebHost host)
{
    private const string Village = "430408001008";

    private static DateOnly Born(int age) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddYears(-age).AddDays(-30);

    private static async Task<Guid> HouseholdAsync(HttpClient worker, params int[] ages)
    {
        var members = ages.Select((age, i) => (Name: $"漏保{i}", Id: IdNumbers.Next(Born(age)), Relation: i == 0 ? "Head" : "Child")).ToArray();
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household(Village, members));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<Dictionary<Guid, JsonElement>> ListedAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/assistance/gaps?region={Village}")).GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("householdId").GetGuid());

    [Fact]
    public async Task Households_without_working_age_members_are_listed_until_applied_for_or_checked()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var elder = await HouseholdAsync(worker, 75);
        var grandparentAndChild = await HouseholdAsync(worker, 70, 10);
        var working = await HouseholdAsync(worker, 40, 70);
        var onTheEdge = await HouseholdAsync(worker, 60, 15); // 60 and 15 are both outside 16–59
        var justWorking = await HouseholdAsync(worker, 80, 16);
        var stillWorking = await HouseholdAsync(worker, 59);

        var listed = await ListedAsync(worker);
        Assert.Contains(elder, listed.Keys);
        Assert.Contains(onTheEdge, listed.Keys);
        Assert.DoesNotContain(working, listed.Keys);
        Assert.DoesNotContain(justWorking, listed.Keys);
        Assert.DoesNotContain(stillWorking, listed.Keys);
        Assert.Equal(10, listed[grandparentAndChild].GetProperty("youngest").GetInt32());
        Assert.Equal(70, listed[grandparentAndChild].GetProperty("oldest").GetInt32());
        Assert.Empty(await ListedAsync(await host.LoginAsync("hongxiang")));

        // Applied for: covered.
        await NewCaseAsync(worker, elder);
        Assert.DoesNotContain(elder, (await ListedAsync(worker)).Keys);

        // Checked and not in need: off the list, with the reason; only the town or village checks, within its regions.
        string Dismiss(Guid id) => $"/api/assistance/gaps/{id}/dismiss";
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostAsJsonAsync(Dismiss(grandparentAndChild), new { reason = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await host.LoginAsync("hongxiang")).PostAsJsonAsync(Dismiss(grandparentAndChild), new { reason = "越权核实" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.LoginAsync("officer")).PostAsJsonAsync(Dismiss(grandparentAndChild), new { reason = "区里核实" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await worker.PostAsJsonAsync(Dismiss(grandparentAndChild), new { reason = "子女在外务工，按月赡养" })).StatusCode);
        listed = await ListedAsync(worker);
        Assert.DoesNotContain(grandparentAndChild, listed.Keys);
        Assert.Contains(onTheEdge, listed.Keys);
    }
}

[Collection("sqlite")]
public sealed class CoverageGapTestsOnSqlite(SqliteWebHost host) : CoverageGapTests(host);

[Collection("postgres")]
public sealed class CoverageGapTestsOnPostgres(PostgresWebHost host) : CoverageGapTests(host);
