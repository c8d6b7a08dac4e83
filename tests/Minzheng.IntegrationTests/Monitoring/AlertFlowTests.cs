using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.IntegrationTests.Registry;
using static Minzheng.IntegrationTests.Monitoring.MonitoringClient;

namespace Minzheng.IntegrationTests.Monitoring;

/// <summary>The monthly run turns findings into alerts for the household's town, never twice; the town closes them with a visit.</summary>
public abstract class AlertFlowTests(WebHost host)
{
    private static int _period;

    /// <summary>A month of its own per test (the collection shares one database).</summary>
    private static string NextPeriod() => $"{2040 + Interlocked.Increment(ref _period)}-06";

    [Fact]
    public async Task Findings_reach_the_right_town_only_and_a_re_run_adds_nothing()
    {
        var zhengxiang = await host.LoginAsync("zhengxiang");
        var hongxiang = await host.LoginAsync("hongxiang");
        var officer = await host.LoginAsync("officer");
        var z = await MonitoredHouseholdAsync(zhengxiang, RegistryClient.ZhengxiangVillage);
        var h = await MonitoredHouseholdAsync(hongxiang, RegistryClient.HongxiangVillage);

        await UploadOkAsync(officer, "deaths", $"id_number,death_date\n{z.HeadId},2022-05-01\n{z.HeadId},2022-04-30\n");
        await UploadOkAsync(officer, "vehicles", $"owner_id_number,plate,vehicle_type,value_yuan\n{h.SpouseId},湘D1,car,50000.01\n{z.SpouseId},湘D2,car,50000.00\n");
        await UploadOkAsync(officer, "property", $"owner_id_number,certificate_no,area_m2\n{h.HeadId},C-1,80\n{h.SpouseId},C-1,80\n{z.HeadId},C-2,60\n{z.SpouseId},C-3,70.5\n");
        var period = NextPeriod();
        var run = await RunAsync(officer, period);
        Assert.True(run.GetProperty("alertsCreated").GetInt32() >= 3, run.ToString());
        Assert.Contains("\"deaths\"", run.GetProperty("feedsJson").GetString(), StringComparison.Ordinal);

        var mine = (await AlertsAsync(zhengxiang)).Where(a => a.GetProperty("period").GetString() == period).ToList();
        Assert.All(mine, a => Assert.StartsWith("430408001", a.GetProperty("regionCode").GetString(), StringComparison.Ordinal));
        var death = Assert.Single(mine, a => a.GetProperty("householdNumber").GetString() == z.Number && a.GetProperty("rule").GetString() == "deceased");
        Assert.Equal("2022-04-30", death.GetProperty("value").GetString()); // the earliest date
        Assert.Equal("死亡核实", death.GetProperty("kindName").GetString());
        Assert.DoesNotContain(z.HeadId, death.ToString(), StringComparison.Ordinal); // masked
        Assert.Single(mine, a => a.GetProperty("householdNumber").GetString() == z.Number && a.GetProperty("rule").GetString() == "property_over_limit");
        Assert.DoesNotContain(mine, a => a.GetProperty("rule").GetString() == "vehicle_over_limit" && a.GetProperty("householdNumber").GetString() == z.Number); // exactly on the limit
        Assert.DoesNotContain(mine, a => a.GetProperty("householdNumber").GetString() == h.Number);

        var theirs = (await AlertsAsync(hongxiang)).Where(a => a.GetProperty("period").GetString() == period).ToList();
        Assert.Single(theirs, a => a.GetProperty("householdNumber").GetString() == h.Number && a.GetProperty("rule").GetString() == "vehicle_over_limit");
        Assert.DoesNotContain(theirs, a => a.GetProperty("rule").GetString() == "property_over_limit" && a.GetProperty("householdNumber").GetString() == h.Number); // co-owned: counted once
        Assert.DoesNotContain(theirs, a => a.GetProperty("householdNumber").GetString() == z.Number);

        // Another town's alert: not found, whatever is tried.
        var deathId = death.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await hongxiang.GetAsync($"/api/monitoring/alerts/{deathId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hongxiang.PostAsync($"/api/monitoring/alerts/{deathId}/acknowledge", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hongxiang.PostAsJsonAsync($"/api/monitoring/alerts/{deathId}/close", new { })).StatusCode);

        var all = await AlertsAsync(officer, "size=100&status=");
        var again = await RunAsync(officer, period);
        Assert.Equal(0, again.GetProperty("alertsCreated").GetInt32());
        Assert.Equal(2, again.GetProperty("attempts").GetInt32());
        Assert.Equal(all.Count, (await AlertsAsync(officer, "size=100&status=")).Count);
    }

    [Fact]
    public async Task A_town_closes_an_alert_only_with_a_visit_and_an_outcome_and_only_once()
    {
        var zhengxiang = await host.LoginAsync("zhengxiang");
        var officer = await host.LoginAsync("officer");
        var z = await MonitoredHouseholdAsync(zhengxiang, RegistryClient.ZhengxiangVillage);
        await UploadOkAsync(officer, "medical", $"id_number,settled_on,total_yuan,out_of_pocket_yuan\n{z.HeadId},2039-05-02,40000,15000\n{z.SpouseId},2039-06-01,9000,5000.01\n");
        var period = "2039-06";
        await RunAsync(officer, period);
        var alert = Assert.Single(await AlertsAsync(zhengxiang, "status=active&rule=medical_burden&size=100"),
            a => a.GetProperty("householdNumber").GetString() == z.Number && a.GetProperty("period").GetString() == period);
        Assert.Equal("20000.01", alert.GetProperty("value").GetString());
        var id = alert.GetProperty("id").GetGuid();

        var empty = await zhengxiang.PostAsJsonAsync($"/api/monitoring/alerts/{id}/close", new { });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var errors = (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "visitedOn", "visitMode", "visitNote", "outcome" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} missing in {errors}");
        }

        var future = await zhengxiang.PostAsJsonAsync($"/api/monitoring/alerts/{id}/close", new { visitedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)), visitMode = "Home", visitNote = "入户核实情况属实", outcome = "Assisted" });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal("Open", (await zhengxiang.GetFromJsonAsync<JsonElement>($"/api/monitoring/alerts/{id}")).GetProperty("row").GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.OK, (await zhengxiang.PostAsync($"/api/monitoring/alerts/{id}/acknowledge", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await zhengxiang.PostAsync($"/api/monitoring/alerts/{id}/acknowledge", null)).StatusCode);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Shanghai"));
        var close = new { visitedOn = today, visitMode = "Home", visitNote = "入户核实：住院自付费用属实，已引导申请临时救助", outcome = "Assisted" };
        var closed = await zhengxiang.PostAsJsonAsync($"/api/monitoring/alerts/{id}/close", close);
        Assert.True(closed.StatusCode == HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        var detail = await closed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("已办结", detail.GetProperty("row").GetProperty("statusName").GetString());
        Assert.Equal("已救助", detail.GetProperty("outcome").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await zhengxiang.PostAsJsonAsync($"/api/monitoring/alerts/{id}/close", close)).StatusCode);
    }

    [Fact]
    public async Task Overdue_alerts_are_escalated_to_the_district_and_counted_per_town()
    {
        var zhengxiang = await host.LoginAsync("zhengxiang");
        var officer = await host.LoginAsync("officer");
        var leader = await host.LoginAsync("leader");
        var z = await MonitoredHouseholdAsync(zhengxiang, RegistryClient.ZhengxiangVillage);
        await UploadOkAsync(officer, "deaths", $"id_number,death_date\n{z.SpouseId},2022-02-02\n");
        var period = NextPeriod();
        await RunAsync(officer, period);
        // This run's alert: another test's run still going in the background may raise one for the same death feed.
        var alert = Assert.Single(await AlertsAsync(zhengxiang, "status=active&rule=deceased&size=100"),
            a => a.GetProperty("householdNumber").GetString() == z.Number && a.GetProperty("period").GetString() == period);
        Assert.False(alert.GetProperty("overdue").GetBoolean());
        var id = alert.GetProperty("id").GetGuid();

        var before = (await leader.GetFromJsonAsync<JsonElement>("/api/monitoring/figures/towns")).EnumerateArray().Single(t => t.GetProperty("townCode").GetString() == "430408001");
        await MakeOverdueAsync(host, id);
        var escalated = await AlertsAsync(leader, "overdue=true&size=100");
        Assert.Contains(escalated, a => a.GetProperty("id").GetGuid() == id);
        var after = (await leader.GetFromJsonAsync<JsonElement>("/api/monitoring/figures/towns")).EnumerateArray().Single(t => t.GetProperty("townCode").GetString() == "430408001");
        Assert.Equal(before.GetProperty("overdue").GetInt32() + 1, after.GetProperty("overdue").GetInt32());

        var town = (await zhengxiang.GetFromJsonAsync<JsonElement>("/api/monitoring/figures/towns")).EnumerateArray().ToList();
        Assert.Equal("430408001", Assert.Single(town).GetProperty("townCode").GetString());
    }

    [Fact]
    public async Task A_run_is_not_started_twice_and_a_bad_period_is_refused()
    {
        var officer = await host.LoginAsync("officer");
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsJsonAsync("/api/monitoring/runs", new { period = "2022-13" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsJsonAsync("/api/monitoring/runs", new { period = "去年" })).StatusCode);

        var period = NextPeriod();
        var first = officer.PostAsJsonAsync("/api/monitoring/runs", new { period });
        var second = officer.PostAsJsonAsync("/api/monitoring/runs", new { period });
        var codes = (await Task.WhenAll(first, second)).Select(r => r.StatusCode).ToList();
        Assert.Contains(HttpStatusCode.Accepted, codes);
        Assert.True(codes.All(c => c is HttpStatusCode.Accepted or HttpStatusCode.Conflict), string.Join(",", codes));
    }
}

[Collection("sqlite")]
public sealed class AlertFlowTestsOnSqlite(SqliteWebHost host) : AlertFlowTests(host);

[Collection("postgres")]
public sealed class AlertFlowTestsOnPostgres(PostgresWebHost host) : AlertFlowTests(host);
