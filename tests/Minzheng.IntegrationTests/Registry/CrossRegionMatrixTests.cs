using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using static Minzheng.IntegrationTests.Registry.RegistryClient;

namespace Minzheng.IntegrationTests.Registry;

/// <summary>
/// Every API endpoint, called by users who must not see a 蒸湘街道 household: a worker of another town,
/// the 三员 administrators, a partner department and a service provider's account (never bound to a provider here). Endpoints on one record answer 403 or 404; lists
/// and figures contain nothing outside the caller's regions.
/// </summary>
public abstract class CrossRegionMatrixTests(WebHost host)
{
    public static readonly string[] Outsiders = ["hongxiang", "sysadmin", "secadmin", "auditadmin", "partner", "carer"];

    [Fact]
    public async Task No_endpoint_shows_or_changes_a_record_of_another_town()
    {
        var owner = await host.LoginAsync("zhengxiang");
        var (householdId, headId) = await CreateAsync(owner);
        var personId = (await DetailAsync(owner, householdId)).GetProperty("members")[0].GetProperty("id").GetGuid();

        var endpoints = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Route: e.RoutePattern.RawText!)))
            .ToList();
        Assert.True(endpoints.Count >= 12, $"found only {endpoints.Count} API endpoints");

        foreach (var user in Outsiders)
        {
            var client = await host.LoginAsync(user);
            foreach (var (method, route) in endpoints)
            {
                if (route.StartsWith("/api/public/", StringComparison.Ordinal))
                {
                    continue; // public by design and region-free (the ledger holds no personal data); see AnonymousAccessTests
                }

                if (route.StartsWith("/api/partner/", StringComparison.Ordinal))
                {
                    // Client credentials, not a login: a signed-in user without them is not authenticated there.
                    var partner = await client.PostAsync(route.Replace("{kind}", "deaths", StringComparison.Ordinal), new StringContent("id_number,death_date\n"));
                    Assert.Equal(HttpStatusCode.Unauthorized, partner.StatusCode);
                    continue;
                }

                var url = route.Replace("{id:guid}", (route.Contains("/persons/", StringComparison.Ordinal) ? personId : householdId).ToString(), StringComparison.Ordinal)
                    .Replace("{year:int}", "2022", StringComparison.Ordinal);
                var body = JsonContent.Create(new { idNumber = headId, field = "IdNumber", purpose = "越权测试用途", status = "Deceased", relation = "Other", name = "越权", regionCode = ZhengxiangVillage, kind = "Urban", address = "x", members = Array.Empty<object>() });
                HttpContent? content = method == "GET" ? null : body;
                if (route == "/api/registry/import")
                {
                    // A roster that tries to add a household to the other town's village.
                    content = new StringContent($"户序号,村社区代码,城乡类别,地址,姓名,身份证号码,与户主关系\n1,{ZhengxiangVillage},城镇,x,越权,{Minzheng.TestSupport.IdNumbers.Next()},户主\n", System.Text.Encoding.UTF8, "text/csv");
                }
                else if (route == "/api/elderly/roster")
                {
                    // An elderly roster that tries to flag the other town's head of household.
                    content = new StringContent($"身份证号码,姓名,留守,探访风险等级\n{headId},张三,是,高风险\n", System.Text.Encoding.UTF8, "text/csv");
                }

                var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = content });
                var text = await response.Content.ReadAsStringAsync();
                var what = $"{user} {method} {route} → {(int)response.StatusCode} {text}";
                if (route.Contains("{id", StringComparison.Ordinal) || route.Contains("{userName}", StringComparison.Ordinal))
                {
                    Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, what);
                }
                else if (route is "/api/registry/import/template.csv" or "/api/elderly/roster/template.csv")
                {
                    // Static, the same example for everyone who works with case data.
                    Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden, what);
                }
                else if (route == "/api/audit")
                {
                    // The audit trail names records by id by design; their content stays hidden from outsiders.
                    Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden, what);
                    Assert.DoesNotContain("张三", text, StringComparison.Ordinal);
                    Assert.DoesNotContain("测试路", text, StringComparison.Ordinal);
                }
                else
                {
                    Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, what);
                    Assert.DoesNotContain(householdId.ToString(), text, StringComparison.OrdinalIgnoreCase);
                    Assert.DoesNotContain("430408001", text.Replace("\"430408001\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
                }
            }
        }

        // Nothing was changed by all those calls.
        var after = await DetailAsync(owner, householdId);
        Assert.All(after.GetProperty("members").EnumerateArray(), m => Assert.Equal("在册", m.GetProperty("status").GetString()));
        Assert.Equal(2, after.GetProperty("members").GetArrayLength());
    }

    [Fact]
    public async Task The_three_administrators_partner_departments_and_service_providers_are_refused_case_data_outright()
    {
        foreach (var user in new[] { "sysadmin", "secadmin", "auditadmin", "partner", "provider", "carer" })
        {
            var client = await host.LoginAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/registry/households")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/registry/persons")).StatusCode);
        }
    }

    [Fact]
    public async Task The_district_sees_every_town_and_a_village_assistant_only_their_village()
    {
        var owner = await host.LoginAsync("zhengxiang");
        var (id, _) = await CreateAsync(owner);
        var leader = await host.LoginAsync("leader");
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/api/registry/households/{id}")).StatusCode);

        var assistant = await host.LoginAsync("assistant");
        Assert.Equal(HttpStatusCode.OK, (await assistant.GetAsync($"/api/registry/households/{id}")).StatusCode); // 430408001001 is the assistant's village
        var list = await assistant.GetFromJsonAsync<JsonElement>("/api/registry/households?size=100");
        Assert.All(list.GetProperty("items").EnumerateArray(), r => Assert.StartsWith("430408001001", r.GetProperty("regionCode").GetString(), StringComparison.Ordinal));
    }
}

[Collection("sqlite")]
public sealed class CrossRegionMatrixTestsOnSqlite(SqliteWebHost host) : CrossRegionMatrixTests(host);

[Collection("postgres")]
public sealed class CrossRegionMatrixTestsOnPostgres(PostgresWebHost host) : CrossRegionMatrixTests(host);
