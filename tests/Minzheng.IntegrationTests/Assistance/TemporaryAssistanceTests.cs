using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.IntegrationTests.Registry;
using Minzheng.TestSupport;
using static Minzheng.IntegrationTests.Assistance.AssistanceClient;

namespace Minzheng.IntegrationTests.Assistance;

/// <summary>临时救助: a one-off grant decided by kind, cause and cap, approved by the town within its limit, paid once.</summary>
public abstract class TemporaryAssistanceTests(WebHost host)
{
    private const string Village = "430408002004";
    private const string Town = "430408002";

    private async Task<(HttpClient Worker, HttpClient Officer, Guid Household, Guid[] Members)> HouseholdAsync()
    {
        var worker = await host.LoginAsync("hongxiang");
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household(Village,
            ("临甲", IdNumbers.Next(new DateOnly(1980, 3, 1)), "Head"), ("临乙", IdNumbers.Next(new DateOnly(1982, 3, 1)), "Spouse")));
        var household = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var members = (await RegistryClient.DetailAsync(worker, household)).GetProperty("members").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ToArray();
        return (worker, await host.LoginAsync("officer"), household, members);
    }

    private static async Task<JsonElement> InvestigatedAsync(HttpClient worker, Guid household, string kind, string cause, decimal amount, decimal wage = 0)
    {
        var applied = await worker.PostAsJsonAsync("/api/assistance/cases", new { householdId = household, programme = "Temporary", consent = Consent() });
        Assert.True(applied.StatusCode == HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        var id = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await StepAsync(worker, id, new { action = "RecordVerification", note = "核对无异常" });
        var members = (await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}")).GetProperty("household").GetProperty("members").EnumerateArray().Select(m => m.GetProperty("personId").GetGuid()).ToArray();
        return await StepAsync(worker, id, new
        {
            action = "RecordInvestigation", note = "入户核实",
            incomes = wage > 0 ? new[] { new { personId = members[0], type = "Wage", monthlyYuan = wage } } : [],
            assessment = new { temporary = new { kind, cause, amountYuan = amount } },
        });
    }

    [Fact]
    public async Task An_urgent_grant_is_given_at_once_by_the_town_without_publicity_and_flagged_until_its_paperwork_is_completed()
    {
        var (worker, officer, household, _) = await HouseholdAsync();
        var applied = await worker.PostAsJsonAsync("/api/assistance/cases", new { householdId = household, programme = "Temporary", consent = Consent() });
        var id = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var before = await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}");
        Assert.Contains("GrantEmergency", before.GetProperty("myActions").EnumerateArray().Select(a => a.GetString()));

        // Not for an expenditure grant, nor above the town's own limit (3 × 602 = 1,806): those take the ordinary path.
        var expenditure = await ActAsync(worker, id, new { action = "GrantEmergency", note = "住院", assessment = new { temporary = new { kind = "Expenditure", cause = "Medical", amountYuan = 1000m } } });
        Assert.Equal(HttpStatusCode.BadRequest, expenditure.StatusCode);
        var tooMuch = await ActAsync(worker, id, new { action = "GrantEmergency", note = "房屋失火", assessment = new { temporary = new { kind = "Emergency", cause = "Fire", amountYuan = 1806.01m } } });
        Assert.Equal(HttpStatusCode.Conflict, tooMuch.StatusCode);
        Assert.Contains("超过乡镇（街道）审批上限", await tooMuch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(officer, id, new { action = "GrantEmergency", note = "x" })).StatusCode);

        var granted = await StepAsync(worker, id, new { action = "GrantEmergency", note = "凌晨房屋失火，先行救助", assessment = new { temporary = new { kind = "Emergency", cause = "Fire", amountYuan = 1500m } } });
        Assert.Equal("Approved", granted.GetProperty("statusCode").GetString());
        Assert.True(granted.GetProperty("publicityEndsOn").ValueKind == JsonValueKind.Null);
        var today = Today();
        Assert.Equal(new DateOnly(today.Year, today.Month, 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), granted.GetProperty("benefitFrom").GetString());
        Assert.Equal(Minzheng.Kernel.Calendar.WorkingDayCalendar.Default.AddWorkingDays(today, 5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            granted.GetProperty("paperworkDueOn").GetString());
        Assert.Contains("CompletePaperwork", granted.GetProperty("myBenefitActions").EnumerateArray().Select(a => a.GetString()));

        var completed = await worker.PostAsJsonAsync($"/api/assistance/cases/{id}/benefit", new { action = "CompletePaperwork", reason = "已补核对报告和入户调查记录" });
        Assert.True(completed.IsSuccessStatusCode, await completed.Content.ReadAsStringAsync());
        var after = await completed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(after.GetProperty("paperworkDueOn").ValueKind == JsonValueKind.Null);
        Assert.Equal(HttpStatusCode.Conflict, (await worker.PostAsJsonAsync($"/api/assistance/cases/{id}/benefit", new { action = "CompletePaperwork", reason = "再补一次" })).StatusCode);
    }

    [Fact]
    public async Task An_urgent_grant_is_only_for_temporary_assistance()
    {
        var (worker, _, household, _) = await HouseholdAsync();
        var dibao = await NewCaseAsync(worker, household);
        var refused = await ActAsync(worker, dibao, new { action = "GrantEmergency", note = "x", assessment = new { temporary = new { kind = "Emergency", cause = "Fire", amountYuan = 100m } } });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("先行救助只适用于急难型临时救助", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fire_grant_within_the_towns_limit_is_approved_by_the_town_and_paid_once()
    {
        var (worker, officer, household, _) = await HouseholdAsync();
        var c = await InvestigatedAsync(worker, household, "Emergency", "Fire", 1500m);
        Assert.Equal("Temporary", c.GetProperty("programmeCode").GetString());
        Assert.Equal(150000, c.GetProperty("monthlyAmountFen").GetInt64());
        var id = c.GetProperty("id").GetGuid();
        await StepAsync(worker, id, new { action = "TownApprove" });
        var review = await ClosePublicityAsync(host, worker, id);
        Assert.Equal(["Approve", "Refuse"], review.GetProperty("myActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(officer, id, new { action = "Approve" })).StatusCode);
        var approved = await StepAsync(worker, id, new { action = "Approve" });
        var month = approved.GetProperty("benefitFrom").GetString()![..7];

        var first = await PrepareRunAsync(worker, Town, month, "temporary");
        var mine = (await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/payroll/runs/{first.GetProperty("id").GetGuid()}")).GetProperty("payments").EnumerateArray()
            .Where(p => p.GetProperty("caseNumber").GetString() == approved.GetProperty("number").GetString()).ToList();
        Assert.Equal(150000, Assert.Single(mine).GetProperty("amountFen").GetInt64());
        var next = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddMonths(1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var later = await PrepareRunAsync(worker, Town, next, "temporary");
        Assert.DoesNotContain((await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/payroll/runs/{later.GetProperty("id").GetGuid()}")).GetProperty("payments").EnumerateArray(),
            p => p.GetProperty("caseNumber").GetString() == approved.GetProperty("number").GetString());

        // The same cause again within the year: nothing; another cause is considered.
        var again = await InvestigatedAsync(worker, household, "Emergency", "Fire", 500m);
        Assert.Equal(0, again.GetProperty("monthlyAmountFen").GetInt64());
        Assert.Contains(again.GetProperty("explanation").EnumerateArray(), s => s.GetProperty("text").GetString()!.Contains("一年内已获临时救助", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_grant_above_the_towns_limit_goes_to_the_district_and_one_above_the_cap_is_refused()
    {
        var (worker, officer, household, _) = await HouseholdAsync();
        var big = await InvestigatedAsync(worker, household, "Emergency", "SuddenIllness", 5000m); // above 3 × 602, within 6 × 602 × 2
        var id = big.GetProperty("id").GetGuid();
        await StepAsync(worker, id, new { action = "TownApprove" });
        await ClosePublicityAsync(host, worker, id);
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(worker, id, new { action = "Approve" })).StatusCode);
        Assert.Equal("Approved", (await StepAsync(officer, id, new { action = "Approve" })).GetProperty("statusCode").GetString());

        var (_, _, other, _) = await HouseholdAsync();
        var over = await InvestigatedAsync(worker, other, "Emergency", "TrafficAccident", 7224.01m);
        Assert.Equal(0, over.GetProperty("coveredMembers").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await ActAsync(worker, over.GetProperty("id").GetGuid(), new { action = "TownApprove" })).StatusCode);
    }

    [Fact]
    public async Task Expenditure_grants_need_low_income_and_bad_input_is_refused_by_field()
    {
        var (worker, _, household, _) = await HouseholdAsync();
        var rich = await InvestigatedAsync(worker, household, "Expenditure", "Medical", 1000m, wage: 6000m); // 3000 a person, 36,000 a year
        Assert.Equal(0, rich.GetProperty("monthlyAmountFen").GetInt64());
        var id = rich.GetProperty("id").GetGuid();

        async Task Refused(object temporary, string field)
        {
            var response = await ActAsync(worker, id, new { action = "RecordInvestigation", note = "x", incomes = Array.Empty<object>(), assessment = new { temporary } });
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
            Assert.Contains(field, text, StringComparison.Ordinal);
        }

        await StepAsync(worker, id, new { action = "TownRefuse", reason = "人均收入高于上年度人均可支配收入" });
        var (_, _, other, _) = await HouseholdAsync();
        var fresh = await worker.PostAsJsonAsync("/api/assistance/cases", new { householdId = other, programme = "Temporary", consent = Consent() });
        id = (await fresh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await StepAsync(worker, id, new { action = "RecordVerification", note = "核对" });
        await Refused(new { kind = "Emergency", cause = "Medical", amountYuan = 100m }, "assessment.temporary.cause");
        await Refused(new { kind = "Expenditure", amountYuan = 100m }, "assessment.temporary");
        await Refused(new { kind = "Emergency", cause = "Fire", amountYuan = -1m }, "assessment.temporary.amountYuan");
        var missing = await ActAsync(worker, id, new { action = "RecordInvestigation", note = "x", incomes = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("Investigation", (await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}")).GetProperty("statusCode").GetString());
    }
}

[Collection("sqlite")]
public sealed class TemporaryAssistanceTestsOnSqlite(SqliteWebHost host) : TemporaryAssistanceTests(host);

[Collection("postgres")]
public sealed class TemporaryAssistanceTestsOnPostgres(PostgresWebHost host) : TemporaryAssistanceTests(host);
