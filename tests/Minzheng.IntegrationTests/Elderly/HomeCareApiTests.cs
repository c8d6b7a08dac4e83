using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.IntegrationTests.Registry;
using Minzheng.Platform.Indicators;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Elderly;

/// <summary>Providers, home care beds and door-to-door services: bad input refused, towns kept apart, the ledger and the indicators fed.</summary>
public abstract class HomeCareApiTests(WebHost host)
{
    private static readonly string[] Bath = ["助浴"];
    private static readonly string[] BathAndCheck = ["助浴", "健康监测"];
    private static readonly string[] BedAndCall = ["护理床", "紧急呼叫设备"];
    private static readonly string[] Towns = ["430408001", "430408002"];
    private static readonly string[] Town = ["430408001"];
    private static readonly string[] GoldToilet = ["金马桶"];

    private static DateTime Now() => DateTime.UtcNow.AddHours(8);

    private async Task<(HttpClient Worker, Guid Elder, string IdNumber)> ElderAsync()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var id = IdNumbers.Next(new DateOnly(1941, 3, 3));
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household("430408001004", ("吴秀珍", id, "Head")));
        var household = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var elder = (await RegistryClient.DetailAsync(worker, household)).GetProperty("members")[0].GetProperty("id").GetGuid();
        return (worker, elder, id);
    }

    private async Task<Guid> ProviderAsync()
    {
        var officer = await host.LoginAsync("officer");
        var name = "蒸湘居家养老服务中心" + Guid.NewGuid().ToString("N")[..6];
        var response = await officer.PostAsJsonAsync("/api/elderly/providers", new { name, kind = "HomeService", regionCode = "430408", beds = 0, nursingBeds = 0, rating = 3, contact = "0734-1234567" });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Providers_are_registered_by_the_district_with_sound_figures()
    {
        var officer = await host.LoginAsync("officer");
        var worker = await host.LoginAsync("zhengxiang");
        var name = "蒸湘颐养院" + Guid.NewGuid().ToString("N")[..6];
        var body = new { name, kind = "Institution", regionCode = "430408001", beds = 120, nursingBeds = 80, rating = 4, contact = "" };
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostAsJsonAsync("/api/elderly/providers", body)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsJsonAsync("/api/elderly/providers", body with { nursingBeds = 121 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsJsonAsync("/api/elderly/providers", body with { rating = 6 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsJsonAsync("/api/elderly/providers", body with { regionCode = "430999001" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync("/api/elderly/providers", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync("/api/elderly/providers", body)).StatusCode);
        var list = await worker.GetFromJsonAsync<JsonElement>("/api/elderly/providers");
        Assert.Contains(list.EnumerateArray(), p => p.GetProperty("name").GetString() == name && p.GetProperty("ratingName").GetString() == "四级");
    }

    [Fact]
    public async Task A_home_care_bed_is_opened_once_and_ended_and_another_town_cannot_touch_it()
    {
        var (worker, elder, _) = await ElderAsync();
        var provider = await ProviderAsync();
        var today = DateOnly.FromDateTime(Now());
        var bad = await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/bed", new { providerId = (Guid?)null, agreementNo = "", startsOn = today.AddDays(1), fitOut = GoldToilet });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "providerId", "agreementNo", "startsOn", "fitOut" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        var good = new { providerId = provider, agreementNo = "JTCW-2026-001", startsOn = today, fitOut = BedAndCall };
        var hongxiang = await host.LoginAsync("hongxiang");
        Assert.Equal(HttpStatusCode.NotFound, (await hongxiang.PostAsJsonAsync($"/api/elderly/persons/{elder}/bed", good)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/bed", good)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/bed", good)).StatusCode);
        var view = await worker.GetFromJsonAsync<JsonElement>($"/api/elderly/persons/{elder}/home-care");
        Assert.Equal("JTCW-2026-001", view.GetProperty("openBed").GetProperty("agreementNo").GetString());

        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/bed/end", new { endedOn = today.AddDays(-1) })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/bed/end", new { endedOn = today })).StatusCode);
        Assert.Equal(JsonValueKind.Null, (await worker.GetFromJsonAsync<JsonElement>($"/api/elderly/persons/{elder}/home-care")).GetProperty("openBed").ValueKind);
    }

    [Fact]
    public async Task A_service_visit_is_checked_earns_its_subsidy_reaches_the_ledger_and_the_counters()
    {
        var (worker, elder, idNumber) = await ElderAsync();
        var provider = await ProviderAsync();
        var today = DateOnly.FromDateTime(Now());
        Assert.Equal(HttpStatusCode.OK, (await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/bed", new { providerId = provider, agreementNo = "JTCW-2026-002", startsOn = today, fitOut = Array.Empty<string>() })).StatusCode);
        var before = await CountersAsync(worker);

        var (start, end) = VisitTimes.TodayPast();
        async Task<HttpStatusCode> TryAsync(object body) => (await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/services", body)).StatusCode;
        Assert.Equal(HttpStatusCode.BadRequest, await TryAsync(new { providerId = provider, items = Bath, staff = "周护理", checkIn = start.AddHours(1), checkOut = start, rating = 5 }));
        Assert.Equal(HttpStatusCode.BadRequest, await TryAsync(new { providerId = provider, items = Bath, staff = "周护理", checkIn = start, checkOut = Now().AddHours(2), rating = 5 }));
        Assert.Equal(HttpStatusCode.BadRequest, await TryAsync(new { providerId = provider, items = Bath, staff = "周护理", checkIn = start.AddDays(-2), checkOut = start, rating = 5 }));
        Assert.Equal(HttpStatusCode.BadRequest, await TryAsync(new { providerId = provider, items = Array.Empty<string>(), staff = "周护理", checkIn = start, checkOut = end, rating = 5 }));
        Assert.Equal(HttpStatusCode.BadRequest, await TryAsync(new { providerId = provider, items = Bath, staff = "周护理", checkIn = start, checkOut = end, rating = 6 }));

        var saved = await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/services", new { providerId = provider, items = BathAndCheck, staff = "周护理", checkIn = start, checkOut = end, rating = 5 });
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var delivery = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3000, delivery.GetProperty("subsidyFen").GetInt64()); // the shipped setting
        var key = delivery.GetProperty("eventKey").GetString()!;

        var payload = await host.AsAsync(Minzheng.Platform.Identity.Roles.Auditor, "430408", async sp =>
            await sp.GetRequiredService<Minzheng.Elderly.Data.ElderlyDbContext>().Outbox.Where(m => m.IdempotencyKey == key).Select(m => m.Payload).SingleAsync());
        Assert.Contains("\"beneficiary\":\"", payload, StringComparison.Ordinal);
        Assert.Contains("\"subsidyFen\":3000", payload, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber, payload, StringComparison.Ordinal);
        Assert.DoesNotContain("吴秀珍", payload, StringComparison.Ordinal);

        var after = await CountersAsync(worker);
        Assert.Equal(before.Beds, after.Beds);
        Assert.Equal(before.Visits + 1, after.Visits);

        var values = await host.AsAsync(Minzheng.Platform.Identity.Roles.DistrictLeader, "430408", async sp =>
        {
            var source = sp.GetServices<IIndicatorSource>().Single(s => s.Indicators.Any(i => i.Key == "elderly.service_visits"));
            var period = new IndicatorPeriod(new DateOnly(today.Year, 1, 1), today);
            return (await source.ReadAsync("elderly.service_visits", period, Towns),
                await source.ReadAsync("elderly.new_home_care_beds", period, Town));
        });
        Assert.True(values.Item1[0].Value >= 1);
        Assert.True(values.Item2[0].Value >= 1);

        var hongxiang = await host.LoginAsync("hongxiang");
        Assert.Equal(HttpStatusCode.NotFound, (await hongxiang.GetAsync($"/api/elderly/persons/{elder}/home-care")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hongxiang.PostAsJsonAsync($"/api/elderly/persons/{elder}/services", new { providerId = provider, items = Bath, staff = "越权", checkIn = start, checkOut = end })).StatusCode);
    }

    [Fact]
    public async Task The_disabled_elders_support_rate_the_nursing_bed_share_and_the_overdue_visit_list_follow_the_records()
    {
        // A village of its own (every elder of a village counts in its rates), one elder there assessed as having lost
        // ability (every item at 0).
        const string village = "430408004005";
        var worker = await host.LoginAsync("officer");
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household(village, ("郑桂芬", IdNumbers.Next(new DateOnly(1938, 8, 8)), "Head")));
        var household = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var elder = (await RegistryClient.DetailAsync(worker, household)).GetProperty("members")[0].GetProperty("id").GetGuid();
        var today = DateOnly.FromDateTime(Now());
        var scores = Minzheng.Elderly.Domain.Assessment.AssessmentItems.All.ToDictionary(i => i.Code, _ => 0);
        var assessed = await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/assessments",
            new { scores, dementia = false, otherMentalDisorder = false, careRiskEvents = 0, comatose = false, assessedOn = today, assessor = "刘评估", secondAssessor = "陈评估" });
        Assert.True(assessed.StatusCode == HttpStatusCode.Created, await assessed.Content.ReadAsStringAsync());

        async Task<decimal?> ReadAsync(string key, string region) => await host.AsAsync(Minzheng.Platform.Identity.Roles.DistrictLeader, "430408", async sp =>
        {
            var source = sp.GetServices<IIndicatorSource>().Single(s => s.Indicators.Any(i => i.Key == key));
            return (await source.ReadAsync(key, new IndicatorPeriod(new DateOnly(today.Year, 1, 1), today), [region])).Single().Value;
        });

        Assert.Equal(0m, await ReadAsync("elderly.disabled_support_rate", village));

        // A high-risk visit plan from ten days ago and no visit yet: overdue; one visit today: supported, and no longer overdue.
        Assert.Equal(HttpStatusCode.NoContent, (await worker.PutAsJsonAsync($"/api/elderly/persons/{elder}/visit-plan", new { risk = "High", startsOn = today.AddDays(-10) })).StatusCode);
        var overdue = await worker.GetFromJsonAsync<JsonElement>("/api/elderly/visits/overdue");
        var row = Assert.Single(overdue.EnumerateArray(), r => r.GetProperty("personId").GetGuid() == elder);
        Assert.Equal(3, row.GetProperty("daysOverdue").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, (await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/visits", new { visitedOn = today, method = "Home", visitor = "李探访", note = "卧床，家属照护" })).StatusCode);
        Assert.DoesNotContain((await worker.GetFromJsonAsync<JsonElement>("/api/elderly/visits/overdue")).EnumerateArray(), r => r.GetProperty("personId").GetGuid() == elder);
        Assert.Equal(100m, await ReadAsync("elderly.disabled_support_rate", village));
        Assert.Null(await ReadAsync("elderly.disabled_support_rate", "430408100999")); // nobody there: no figure, not 100 %

        // Institutions of one town: nursing beds over beds.
        var officer = worker;
        foreach (var (beds, nursing) in new[] { (100, 70), (50, 20) })
        {
            var response = await officer.PostAsJsonAsync("/api/elderly/providers", new { name = "颐养院" + Guid.NewGuid().ToString("N")[..6], kind = "Institution", regionCode = "430408101", beds, nursingBeds = nursing, rating = 2, contact = "" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(60m, await ReadAsync("elderly.nursing_bed_share", "430408101"));
    }

    [Fact]
    public async Task Meals_at_a_meal_point_are_recorded_once_a_day_with_their_subsidy_and_reach_the_ledger()
    {
        var (worker, elder, idNumber) = await ElderAsync();
        var homeService = await ProviderAsync();
        var officer = await host.LoginAsync("officer");
        var created = await officer.PostAsJsonAsync("/api/elderly/providers", new { name = "蒸湘社区长者食堂" + Guid.NewGuid().ToString("N")[..6], kind = "MealPoint", regionCode = "430408001", beds = 0, nursingBeds = 0, rating = 0, contact = "" });
        var point = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var today = DateOnly.FromDateTime(Now());

        async Task<HttpResponseMessage> RecordAsync(object body) => await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/meals", body);
        Assert.Equal(HttpStatusCode.BadRequest, (await RecordAsync(new { providerId = homeService, servedOn = today, meals = 1 })).StatusCode); // not a meal point
        Assert.Equal(HttpStatusCode.BadRequest, (await RecordAsync(new { providerId = point, servedOn = today.AddDays(1), meals = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await RecordAsync(new { providerId = point, servedOn = today, meals = 4 })).StatusCode);
        var saved = await RecordAsync(new { providerId = point, servedOn = today, meals = 2 });
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var meal = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1000, meal.GetProperty("subsidyFen").GetInt64()); // 2 × the shipped 5 元
        Assert.Equal(HttpStatusCode.Conflict, (await RecordAsync(new { providerId = point, servedOn = today, meals = 1 })).StatusCode);

        var key = meal.GetProperty("eventKey").GetString()!;
        var payload = await host.AsAsync(Minzheng.Platform.Identity.Roles.Auditor, "430408", async sp =>
            await sp.GetRequiredService<Minzheng.Elderly.Data.ElderlyDbContext>().Outbox.Where(m => m.IdempotencyKey == key).Select(m => m.Payload).SingleAsync());
        Assert.Contains("\"meals\":2", payload, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber, payload, StringComparison.Ordinal);

        var hongxiang = await host.LoginAsync("hongxiang");
        Assert.Equal(HttpStatusCode.NotFound, (await hongxiang.GetAsync($"/api/elderly/persons/{elder}/meals")).StatusCode);
        Assert.Single((await worker.GetFromJsonAsync<JsonElement>($"/api/elderly/persons/{elder}/meals")).GetProperty("meals").EnumerateArray());
    }

    [Fact]
    public async Task Centenarians_are_listed_with_their_care_actions_and_only_they_get_them()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var today = DateOnly.FromDateTime(Now());
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household("430408001008",
            ("寿星婆", IdNumbers.Next(today.AddYears(-101)), "Head"), ("孙辈", IdNumbers.Next(new DateOnly(1960, 1, 1)), "Other")));
        var household = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var members = (await RegistryClient.DetailAsync(worker, household)).GetProperty("members").EnumerateArray().ToList();
        Guid Of(string name) => members.Single(m => m.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();

        var list = await worker.GetFromJsonAsync<JsonElement>("/api/elderly/centenarians");
        Assert.Contains(list.EnumerateArray(), r => r.GetProperty("personId").GetGuid() == Of("寿星婆") && r.GetProperty("age").GetInt32() == 101);
        Assert.DoesNotContain(list.EnumerateArray(), r => r.GetProperty("personId").GetGuid() == Of("孙辈"));

        var action = new { kind = "BirthdayVisit", actedOn = today, note = "101 岁生日，送长寿面和慰问金" };
        Assert.Equal(HttpStatusCode.Conflict, (await worker.PostAsJsonAsync($"/api/elderly/persons/{Of("孙辈")}/centenarian-actions", action)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostAsJsonAsync($"/api/elderly/persons/{Of("寿星婆")}/centenarian-actions", action with { note = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await worker.PostAsJsonAsync($"/api/elderly/persons/{Of("寿星婆")}/centenarian-actions", action)).StatusCode);
        var row = (await worker.GetFromJsonAsync<JsonElement>("/api/elderly/centenarians")).EnumerateArray().Single(r => r.GetProperty("personId").GetGuid() == Of("寿星婆"));
        Assert.Equal("生日慰问", row.GetProperty("lastAction").GetString());
        Assert.Equal(1, row.GetProperty("actionsThisYear").GetInt32());

        var hongxiang = await host.LoginAsync("hongxiang");
        Assert.DoesNotContain((await hongxiang.GetFromJsonAsync<JsonElement>("/api/elderly/centenarians")).EnumerateArray(), r => r.GetProperty("personId").GetGuid() == Of("寿星婆"));
        Assert.Equal(HttpStatusCode.NotFound, (await hongxiang.PostAsJsonAsync($"/api/elderly/persons/{Of("寿星婆")}/centenarian-actions", action)).StatusCode);
    }

    private static async Task<(int Beds, int Visits)> CountersAsync(HttpClient worker)
    {
        var town = (await worker.GetFromJsonAsync<JsonElement>("/api/elderly/figures/towns")).EnumerateArray().Single(t => t.GetProperty("townCode").GetString() == "430408001");
        return (town.GetProperty("bedsThisYear").GetInt32(), town.GetProperty("visitsThisYear").GetInt32());
    }
}

[Collection("sqlite")]
public sealed class HomeCareApiTestsOnSqlite(SqliteWebHost host) : HomeCareApiTests(host);

[Collection("postgres")]
public sealed class HomeCareApiTestsOnPostgres(PostgresWebHost host) : HomeCareApiTests(host);
