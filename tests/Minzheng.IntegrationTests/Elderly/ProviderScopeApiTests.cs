using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.IntegrationTests.Registry;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Elderly;

/// <summary>A 服务机构 account bound to its provider sees and records only that provider's clients; institutions' safety inspections.</summary>
public abstract class ProviderScopeApiTests(WebHost host)
{
    private static readonly string[] Bath = ["助浴"];

    private static DateTime Now() => DateTime.UtcNow.AddHours(8);

    private static async Task<Guid> ElderAsync(HttpClient worker, string name)
    {
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household("430408001006", (name, IdNumbers.Next(new DateOnly(1944, 4, 4)), "Head")));
        var household = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return (await RegistryClient.DetailAsync(worker, household)).GetProperty("members")[0].GetProperty("id").GetGuid();
    }

    private async Task<Guid> ProviderAsync(string kind, string region)
    {
        var officer = await host.LoginAsync("officer");
        var response = await officer.PostAsJsonAsync("/api/elderly/providers", new { name = "机构" + Guid.NewGuid().ToString("N")[..8], kind, regionCode = region, beds = 10, nursingBeds = 5, rating = 2, contact = "" });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task A_provider_account_sees_and_records_only_its_own_clients()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var officer = await host.LoginAsync("officer");
        var ours = await ProviderAsync("HomeService", "430408");
        var theirs = await ProviderAsync("HomeService", "430408");
        var client = await ElderAsync(worker, "本机构老人");
        var other = await ElderAsync(worker, "他机构老人");
        var today = DateOnly.FromDateTime(Now());
        Assert.Equal(HttpStatusCode.OK, (await worker.PostAsJsonAsync($"/api/elderly/persons/{client}/bed", new { providerId = ours, agreementNo = "JTCW-P-1", startsOn = today, fitOut = Array.Empty<string>() })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await worker.PostAsJsonAsync($"/api/elderly/persons/{other}/bed", new { providerId = theirs, agreementNo = "JTCW-P-2", startsOn = today, fitOut = Array.Empty<string>() })).StatusCode);

        // Unbound, the account has nothing; only the district binds, and only 服务机构 accounts, each to one provider.
        var provider = await host.LoginAsync("provider");
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync("/api/provider/workspace")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostAsJsonAsync($"/api/elderly/providers/{ours}/accounts", new { userName = "provider" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsJsonAsync($"/api/elderly/providers/{ours}/accounts", new { userName = "zhengxiang" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsJsonAsync($"/api/elderly/providers/{ours}/accounts", new { userName = "nobody" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsJsonAsync($"/api/elderly/providers/{Guid.NewGuid()}/accounts", new { userName = "provider" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsJsonAsync($"/api/elderly/providers/{ours}/accounts", new { userName = "provider" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/elderly/providers/{theirs}/accounts", new { userName = "provider" })).StatusCode);
        Assert.Contains((await officer.GetFromJsonAsync<JsonElement>($"/api/elderly/providers/{ours}/accounts")).EnumerateArray(), a => a.GetProperty("userName").GetString() == "provider");

        try
        {
            var workspace = await provider.GetFromJsonAsync<JsonElement>("/api/provider/workspace");
            var clients = workspace.GetProperty("clients").EnumerateArray().Select(c => c.GetProperty("personId").GetGuid()).ToList();
            Assert.Equal([client], clients);
            Assert.DoesNotContain(other.ToString(), workspace.ToString(), StringComparison.OrdinalIgnoreCase);

            // Its clients only, in its own name whatever the request says; no case data anywhere else.
            var (start, end) = VisitTimes.TodayPast();
            var visit = new { providerId = theirs, items = Bath, staff = "周护理", checkIn = start, checkOut = end, rating = 5 };
            Assert.Equal(HttpStatusCode.NotFound, (await provider.PostAsJsonAsync($"/api/provider/clients/{other}/services", visit)).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await provider.PostAsJsonAsync($"/api/provider/clients/{client}/services", visit with { items = Array.Empty<string>() })).StatusCode);
            var saved = await provider.PostAsJsonAsync($"/api/provider/clients/{client}/services", visit);
            Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.Forbidden, (await provider.PostAsJsonAsync($"/api/elderly/persons/{other}/services", visit)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync($"/api/elderly/persons/{client}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync("/api/registry/persons")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync("/api/assistance/cases")).StatusCode);

            var view = await worker.GetFromJsonAsync<JsonElement>($"/api/elderly/persons/{client}/home-care");
            var names = await officer.GetFromJsonAsync<JsonElement>("/api/elderly/providers");
            var ourName = names.EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == ours).GetProperty("name").GetString();
            Assert.Equal(ourName, view.GetProperty("deliveries")[0].GetProperty("provider").GetString());
            Assert.Equal(1, (await provider.GetFromJsonAsync<JsonElement>("/api/provider/workspace")).GetProperty("clients")[0].GetProperty("servicesThisMonth").GetInt32());

            // The bed ended, the elder is no longer its client.
            Assert.Equal(HttpStatusCode.NoContent, (await worker.PostAsJsonAsync($"/api/elderly/persons/{client}/bed/end", new { endedOn = today })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await provider.PostAsJsonAsync($"/api/provider/clients/{client}/services", visit)).StatusCode);
            Assert.Equal(0, (await provider.GetFromJsonAsync<JsonElement>("/api/provider/workspace")).GetProperty("clients").GetArrayLength());

            // Staff do not use the provider workspace.
            Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetAsync("/api/provider/workspace")).StatusCode);
        }
        finally
        {
            Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync($"/api/elderly/providers/{ours}/accounts/provider")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync("/api/provider/workspace")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.DeleteAsync($"/api/elderly/providers/{ours}/accounts/provider")).StatusCode);
    }

    [Fact]
    public async Task An_order_makes_an_elder_the_providers_client_until_it_is_served_with_a_photo_or_cancelled()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var officer = await host.LoginAsync("officer");
        var hongxiang = await host.LoginAsync("hongxiang");
        var ours = await ProviderAsync("HomeService", "430408");
        var mealPoint = await ProviderAsync("MealPoint", "430408");
        var elder = await ElderAsync(worker, "工单老人");
        var today = DateOnly.FromDateTime(Now());
        var order = new { providerId = ours, items = Bath, dueOn = today.AddDays(3), note = "周三上午" };
        string Orders(Guid id) => $"/api/elderly/persons/{id}/orders";
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostAsJsonAsync(Orders(elder), order with { providerId = mealPoint })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostAsJsonAsync(Orders(elder), order with { items = Array.Empty<string>() })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostAsJsonAsync(Orders(elder), order with { dueOn = today.AddDays(-1) })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hongxiang.PostAsJsonAsync(Orders(elder), order)).StatusCode);
        var created = await worker.PostAsJsonAsync(Orders(elder), order);
        Assert.True(created.StatusCode == HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        var orderId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsJsonAsync($"/api/elderly/providers/{ours}/accounts", new { userName = "provider" })).StatusCode);
        var provider = await host.LoginAsync("provider");
        try
        {
            var workspace = await provider.GetFromJsonAsync<JsonElement>("/api/provider/workspace");
            Assert.Equal(orderId, workspace.GetProperty("orders")[0].GetProperty("id").GetGuid());
            var client = workspace.GetProperty("clients").EnumerateArray().Single();
            Assert.Equal(elder, client.GetProperty("personId").GetGuid());
            Assert.Equal("上门服务工单", client.GetProperty("basis").GetString());

            var (start, end) = VisitTimes.TodayPast();
            var png = TestFiles.Png;
            var visit = new { providerId = (Guid?)null, items = Bath, staff = "周护理", checkIn = start, checkOut = end, rating = 5, orderId, photo = new { name = "服务.png", base64 = Convert.ToBase64String("not a picture"u8.ToArray()) } };
            var badPhoto = await provider.PostAsJsonAsync($"/api/provider/clients/{elder}/services", visit);
            Assert.Equal(HttpStatusCode.BadRequest, badPhoto.StatusCode);
            Assert.True((await badPhoto.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("photo", out _));
            Assert.Equal(HttpStatusCode.BadRequest, (await provider.PostAsJsonAsync($"/api/provider/clients/{elder}/services", visit with { orderId = Guid.NewGuid() })).StatusCode);

            var served = await provider.PostAsJsonAsync($"/api/provider/clients/{elder}/services", visit with { photo = new { name = "服务.png", base64 = Convert.ToBase64String(png) } });
            Assert.True(served.StatusCode == HttpStatusCode.OK, await served.Content.ReadAsStringAsync());
            var delivery = await served.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(delivery.GetProperty("hasPhoto").GetBoolean());
            var deliveryId = delivery.GetProperty("id").GetGuid();
            Assert.Equal(png, await provider.GetByteArrayAsync($"/api/provider/deliveries/{deliveryId}/photo"));
            Assert.Equal(png, await worker.GetByteArrayAsync($"/api/elderly/deliveries/{deliveryId}/photo"));
            Assert.Equal(HttpStatusCode.NotFound, (await hongxiang.GetAsync($"/api/elderly/deliveries/{deliveryId}/photo")).StatusCode);
            Assert.Equal("已完成", (await worker.GetFromJsonAsync<JsonElement>($"/api/elderly/persons/{elder}/home-care")).GetProperty("orders")[0].GetProperty("status").GetString());

            // Served, the order is closed and the elder no longer the provider's client.
            Assert.Equal(HttpStatusCode.NotFound, (await provider.PostAsJsonAsync($"/api/provider/clients/{elder}/services", visit with { photo = new { name = "服务.png", base64 = Convert.ToBase64String(png) } })).StatusCode);
            Assert.Equal(HttpStatusCode.Conflict, (await worker.PostAsync($"/api/elderly/orders/{orderId}/cancel", null)).StatusCode);

            // Staff cannot close it twice either.
            var second = (await (await worker.PostAsJsonAsync(Orders(elder), order)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            Assert.Equal(HttpStatusCode.Conflict, (await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/services", visit with { providerId = (Guid?)ours, orderId = orderId, photo = new { name = "", base64 = "" } })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await hongxiang.PostAsync($"/api/elderly/orders/{second}/cancel", null)).StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, (await worker.PostAsync($"/api/elderly/orders/{second}/cancel", null)).StatusCode);
            Assert.Equal(HttpStatusCode.Conflict, (await worker.PostAsync($"/api/elderly/orders/{second}/cancel", null)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await provider.PostAsJsonAsync($"/api/provider/clients/{elder}/services", visit with { orderId = second })).StatusCode);
        }
        finally
        {
            Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync($"/api/elderly/providers/{ours}/accounts/provider")).StatusCode);
        }
    }

    [Fact]
    public async Task A_meal_point_records_meals_only_for_the_elders_registered_to_dine_there()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var officer = await host.LoginAsync("officer");
        var hongxiang = await host.LoginAsync("hongxiang");
        var point = await ProviderAsync("MealPoint", "430408001");
        var homeService = await ProviderAsync("HomeService", "430408001");
        var diner = await ElderAsync(worker, "就餐老人");
        var other = await ElderAsync(worker, "未登记老人");
        var today = DateOnly.FromDateTime(Now());
        string Enrol(Guid id) => $"/api/elderly/persons/{id}/meal-enrolments";
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostAsJsonAsync(Enrol(diner), new { providerId = homeService, since = today })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostAsJsonAsync(Enrol(diner), new { providerId = point, since = today.AddDays(1) })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hongxiang.PostAsJsonAsync(Enrol(diner), new { providerId = point, since = today })).StatusCode);
        var enrolled = await worker.PostAsJsonAsync(Enrol(diner), new { providerId = point, since = today.AddDays(-5) });
        Assert.True(enrolled.StatusCode == HttpStatusCode.OK, await enrolled.Content.ReadAsStringAsync());
        var enrolment = (await enrolled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Conflict, (await worker.PostAsJsonAsync(Enrol(diner), new { providerId = point, since = today })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsJsonAsync($"/api/elderly/providers/{point}/accounts", new { userName = "provider" })).StatusCode);
        var provider = await host.LoginAsync("provider");
        try
        {
            var workspace = await provider.GetFromJsonAsync<JsonElement>("/api/provider/workspace");
            Assert.True(workspace.GetProperty("isMealPoint").GetBoolean());
            Assert.Equal("助餐登记", workspace.GetProperty("clients").EnumerateArray().Single().GetProperty("basis").GetString());

            var meal = new { providerId = homeService, servedOn = today, meals = 2 };
            Assert.Equal(HttpStatusCode.NotFound, (await provider.PostAsJsonAsync($"/api/provider/clients/{other}/meals", meal)).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await provider.PostAsJsonAsync($"/api/provider/clients/{diner}/meals", meal with { meals = 4 })).StatusCode);
            var saved = await provider.PostAsJsonAsync($"/api/provider/clients/{diner}/meals", meal);
            Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.Conflict, (await provider.PostAsJsonAsync($"/api/provider/clients/{diner}/meals", meal)).StatusCode);
            var meals = (await worker.GetFromJsonAsync<JsonElement>($"/api/elderly/persons/{diner}/meals")).GetProperty("meals");
            Assert.Equal(2, meals.EnumerateArray().Single().GetProperty("meals").GetInt32());
            Assert.Equal(1, (await provider.GetFromJsonAsync<JsonElement>("/api/provider/workspace")).GetProperty("meals").GetArrayLength());

            // Ended, the elder is no longer its diner.
            Assert.Equal(HttpStatusCode.NotFound, (await hongxiang.PostAsJsonAsync($"/api/elderly/meal-enrolments/{enrolment}/end", new { endedOn = today })).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostAsJsonAsync($"/api/elderly/meal-enrolments/{enrolment}/end", new { endedOn = today.AddDays(-6) })).StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, (await worker.PostAsJsonAsync($"/api/elderly/meal-enrolments/{enrolment}/end", new { endedOn = today })).StatusCode);
            Assert.Equal(HttpStatusCode.Conflict, (await worker.PostAsJsonAsync($"/api/elderly/meal-enrolments/{enrolment}/end", new { endedOn = today })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await provider.PostAsJsonAsync($"/api/provider/clients/{diner}/meals", meal with { servedOn = today.AddDays(-1) })).StatusCode);
        }
        finally
        {
            Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync($"/api/elderly/providers/{point}/accounts/provider")).StatusCode);
        }
    }

    [Fact]
    public async Task Institutions_are_inspected_by_the_district_or_their_town_and_findings_are_put_right_by_a_deadline()
    {
        var institution = await ProviderAsync("Institution", "430408001");
        var homeService = await ProviderAsync("HomeService", "430408001");
        var worker = await host.LoginAsync("zhengxiang");
        var hongxiang = await host.LoginAsync("hongxiang");
        var today = DateOnly.FromDateTime(Now());
        var finding = new { inspectedOn = today.AddDays(-10), inspector = "安全检查组", result = "Rectify", findings = "消防通道堆放杂物", rectifyBy = (DateOnly?)today.AddDays(-3) };
        string Url(Guid id) => $"/api/elderly/providers/{id}/inspections";

        Assert.Equal(HttpStatusCode.Conflict, (await worker.PostAsJsonAsync(Url(homeService), finding)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hongxiang.PostAsJsonAsync(Url(institution), finding)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.LoginAsync("assistant")).PostAsJsonAsync(Url(institution), finding)).StatusCode);
        var bad = await worker.PostAsJsonAsync(Url(institution), finding with { inspectedOn = today.AddDays(1), inspector = "", findings = "", rectifyBy = null });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "inspectedOn", "inspector", "findings", "rectifyBy" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostAsJsonAsync(Url(institution), finding with { result = "Pass" })).StatusCode); // a pass has no deadline
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostAsJsonAsync(Url(institution), finding with { rectifyBy = (DateOnly?)today.AddDays(-10) })).StatusCode);

        var saved = await worker.PostAsJsonAsync(Url(institution), finding);
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var row = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(row.GetProperty("open").GetBoolean());
        Assert.True(row.GetProperty("overdue").GetBoolean());
        var listed = (await worker.GetFromJsonAsync<JsonElement>("/api/elderly/providers")).EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == institution);
        Assert.Equal(1, listed.GetProperty("openFindings").GetInt32());
        Assert.True(listed.GetProperty("overdueFindings").GetBoolean());
        Assert.Empty((await hongxiang.GetFromJsonAsync<JsonElement>(Url(institution))).EnumerateArray()); // another town's institution

        var id = row.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await hongxiang.PostAsJsonAsync($"/api/elderly/inspections/{id}/rectify", new { rectifiedOn = today, note = "已清理" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostAsJsonAsync($"/api/elderly/inspections/{id}/rectify", new { rectifiedOn = today.AddDays(-11), note = "已清理" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostAsJsonAsync($"/api/elderly/inspections/{id}/rectify", new { rectifiedOn = today, note = "" })).StatusCode);
        var rectified = await (await worker.PostAsJsonAsync($"/api/elderly/inspections/{id}/rectify", new { rectifiedOn = today, note = "已清理通道并复查" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(rectified.GetProperty("open").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, (await worker.PostAsJsonAsync($"/api/elderly/inspections/{id}/rectify", new { rectifiedOn = today, note = "再次整改" })).StatusCode);

        var officer = await host.LoginAsync("officer");
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync(Url(institution), new { inspectedOn = today, inspector = "区民政局", result = "Pass", findings = "", rectifyBy = (DateOnly?)null })).StatusCode);
        listed = (await worker.GetFromJsonAsync<JsonElement>("/api/elderly/providers")).EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == institution);
        Assert.Equal(0, listed.GetProperty("openFindings").GetInt32());
        Assert.EndsWith("合格", listed.GetProperty("lastInspection").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, (await worker.GetFromJsonAsync<JsonElement>(Url(institution))).GetArrayLength());
    }
}

[Collection("sqlite")]
public sealed class ProviderScopeApiTestsOnSqlite(SqliteWebHost host) : ProviderScopeApiTests(host);

[Collection("postgres")]
public sealed class ProviderScopeApiTestsOnPostgres(PostgresWebHost host) : ProviderScopeApiTests(host);
