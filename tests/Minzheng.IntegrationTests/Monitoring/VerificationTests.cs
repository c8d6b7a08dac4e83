using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Assistance;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.IntegrationTests.Registry;
using Minzheng.TestSupport;
using static Minzheng.IntegrationTests.Monitoring.MonitoringClient;

namespace Minzheng.IntegrationTests.Monitoring;

/// <summary>家庭经济状况核对 for one application: what each department shows, pass/fail against the settings, stored with the case.</summary>
public abstract class VerificationTests(WebHost host)
{
    [Fact]
    public async Task The_report_lists_each_department_and_fails_a_household_over_a_limit()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var officer = await host.LoginAsync("officer");
        var head = IdNumbers.Next();
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household(RegistryClient.ZhengxiangVillage, ("王五", head, "Head")));
        var household = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var caseId = await AssistanceClient.NewCaseAsync(worker, household);

        await UploadOkAsync(officer, "vehicles", $"owner_id_number,plate,vehicle_type,value_yuan\n{head},湘D9,car,60000\n{IdNumbers.Next()},湘D8,car,90000\n");
        await UploadOkAsync(officer, "medical", $"id_number,settled_on,total_yuan,out_of_pocket_yuan\n{head},{DateTime.UtcNow.AddDays(-20):yyyy-MM-dd},3000,1200.50\n");

        var response = await worker.PostAsJsonAsync("/api/monitoring/verifications", new { caseId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var view = await response.Content.ReadFromJsonAsync<JsonElement>();
        var report = view.GetProperty("report");
        Assert.False(view.GetProperty("passed").GetBoolean());
        var vehicles = report.GetProperty("departments").EnumerateArray().Single(d => d.GetProperty("feed").GetString() == "vehicles");
        var row = Assert.Single(vehicles.GetProperty("rows").EnumerateArray());
        Assert.Equal("60000", row.GetProperty("values").GetProperty("value_yuan").GetString());
        Assert.DoesNotContain(head, view.ToString(), StringComparison.Ordinal);
        Assert.Contains("第", vehicles.GetProperty("version").GetString(), StringComparison.Ordinal);
        var checks = report.GetProperty("checks").EnumerateArray().ToList();
        Assert.False(checks.Single(c => c.GetProperty("name").GetString() == "车辆").GetProperty("passed").GetBoolean());
        Assert.Contains("1200.50", checks.Single(c => c.GetProperty("name").GetString()!.StartsWith("近一年医疗", StringComparison.Ordinal)).GetProperty("found").GetString(), StringComparison.Ordinal);

        var stored = await worker.GetFromJsonAsync<JsonElement>($"/api/monitoring/cases/{caseId}/verifications");
        Assert.Equal(view.GetProperty("id").GetGuid(), stored[0].GetProperty("id").GetGuid());

        var hongxiang = await host.LoginAsync("hongxiang");
        Assert.Equal(HttpStatusCode.NotFound, (await hongxiang.PostAsJsonAsync("/api/monitoring/verifications", new { caseId })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hongxiang.GetAsync($"/api/monitoring/verifications/{view.GetProperty("id").GetGuid()}")).StatusCode);
    }

    [Fact]
    public async Task The_report_and_the_routing_apply_one_vehicle_rule_and_the_report_fills_in_the_investigation()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var officer = await host.LoginAsync("officer");
        async Task<(Guid Case, Guid Member, string Id)> CaseAsync()
        {
            var id = IdNumbers.Next(new DateOnly(1980, 6, 1));
            var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household(RegistryClient.ZhengxiangVillage, ("赵车主", id, "Head")));
            var household = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            var member = (await RegistryClient.DetailAsync(worker, household)).GetProperty("members")[0].GetProperty("id").GetGuid();
            return (await AssistanceClient.NewCaseAsync(worker, household), member, id);
        }

        // A 30,000-yuan car (a low-value vehicle under the shipped 50,000 line) and an 86,000-yuan one with two homes.
        var (cheap, cheapMember, cheapId) = await CaseAsync();
        var (dear, dearMember, dearId) = await CaseAsync();
        await UploadOkAsync(officer, "vehicles", $"owner_id_number,plate,vehicle_type,value_yuan\n{cheapId},湘D3,car,30000\n{dearId},湘D4,car,86000\n");
        await UploadOkAsync(officer, "property", $"owner_id_number,certificate_no,area_m2\n{dearId},P-1,80\n{dearId},P-2,60\n");

        async Task<JsonElement> VerifyAsync(Guid caseId)
        {
            var response = await worker.PostAsJsonAsync("/api/monitoring/verifications", new { caseId });
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("report").GetProperty("checks").EnumerateArray()
                .Single(c => c.GetProperty("name").GetString() == "车辆");
        }

        // The report passes the 30,000 car and the routing, fed from it, accepts it: one rule for both.
        Assert.True((await VerifyAsync(cheap)).GetProperty("passed").GetBoolean());
        var cheapCase = await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{cheap}");
        Assert.Equal(0, cheapCase.GetProperty("verifiedAssets").GetProperty("vehicles").GetInt32());
        await AssistanceClient.StepAsync(worker, cheap, new { action = "RecordVerification", note = "核对报告：低值车辆一辆" });
        var accepted = await AssistanceClient.StepAsync(worker, cheap, new
        {
            action = "RecordInvestigation", note = "入户调查属实", incomes = Array.Empty<object>(),
            assessment = new { members = new[] { new { personId = cheapMember } }, vehicles = cheapCase.GetProperty("verifiedAssets").GetProperty("vehicles").GetInt32() },
        });
        Assert.Equal("Dibao", accepted.GetProperty("programmeCode").GetString());

        // The 86,000 car fails both, and the report's findings (1 vehicle, 2 homes) are the investigation's starting point.
        var dearCheck = await VerifyAsync(dear);
        Assert.False(dearCheck.GetProperty("passed").GetBoolean());
        Assert.Contains("价值超过 50000.00 元 的 1 辆", dearCheck.GetProperty("found").GetString(), StringComparison.Ordinal);
        var dearCase = await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{dear}");
        var found = dearCase.GetProperty("verifiedAssets");
        Assert.Equal((1, 2, false), (found.GetProperty("vehicles").GetInt32(), found.GetProperty("homes").GetInt32(), found.GetProperty("business").GetBoolean()));
        await AssistanceClient.StepAsync(worker, dear, new { action = "RecordVerification", note = "核对报告：车辆超限" });
        var refused = await AssistanceClient.StepAsync(worker, dear, new
        {
            action = "RecordInvestigation", note = "入户调查属实", incomes = Array.Empty<object>(),
            assessment = new { members = new[] { new { personId = dearMember } }, vehicles = found.GetProperty("vehicles").GetInt32(), homes = found.GetProperty("homes").GetInt32() },
        });
        Assert.Equal(0, refused.GetProperty("monthlyAmountFen").GetInt64()); // routed to no paid level
        Assert.Contains(refused.GetProperty("explanation").EnumerateArray(), s => s.GetProperty("text").GetString()!.Contains("机动车 1 辆（价值超过 50,000.00元 的计入，上限 0 辆）", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_consent_no_verification()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var (household, _) = await RegistryClient.CreateAsync(worker);
        var caseId = await AssistanceClient.NewCaseAsync(worker, household);
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            // A case whose signed consent was withdrawn (the file removed): the check must hold even then.
            scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Access.CurrentUser>().ActAsSystem("test");
            var db = scope.ServiceProvider.GetRequiredService<Minzheng.Assistance.Data.AssistanceDbContext>();
            await db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ConsentSm3, string.Empty));
        }

        var response = await worker.PostAsJsonAsync("/api/monitoring/verifications", new { caseId });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("授权书", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, (await worker.GetFromJsonAsync<JsonElement>($"/api/monitoring/cases/{caseId}/verifications")).GetArrayLength());
    }
}

[Collection("sqlite")]
public sealed class VerificationTestsOnSqlite(SqliteWebHost host) : VerificationTests(host);

[Collection("postgres")]
public sealed class VerificationTestsOnPostgres(PostgresWebHost host) : VerificationTests(host);
