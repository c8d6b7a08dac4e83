using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.IntegrationTests.Registry;
using Minzheng.TestSupport;
using static Minzheng.IntegrationTests.Assistance.AssistanceClient;

namespace Minzheng.IntegrationTests.Assistance;

/// <summary>
/// 特困 集中/分散供养 (issue 18.13): the town records the form of support; under a 委托照料护理协议 the payroll pays the care
/// fee to the carer named in it and the rest to the person; bad agreements are refused with the field and change nothing.
/// </summary>
public abstract class SupportArrangementTests(WebHost host)
{
    private const string Village = "430408100203"; // a town of its own (呆鹰岭镇): its 特困 payrolls are this test's

    [Fact]
    public async Task Under_a_care_agreement_the_care_fee_is_paid_to_the_carer_and_the_rest_to_the_person()
    {
        var worker = await host.LoginAsync("daiyingling");
        var officer = await host.LoginAsync("officer");
        var elderId = IdNumbers.Next(new DateOnly(1944, 2, 3));
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household(Village, ("独居老人", elderId, "Head")));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var household = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var elder = (await RegistryClient.DetailAsync(worker, household)).GetProperty("members")[0].GetProperty("id").GetGuid();
        var applied = await worker.PostAsJsonAsync("/api/assistance/cases", new { householdId = household, programme = (string?)null, consent = Consent() }); // routed from 特困
        Assert.True(applied.StatusCode == HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        var id = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await StepAsync(worker, id, new { action = "RecordVerification", note = "核对无异常" });
        await StepAsync(worker, id, new
        {
            action = "RecordInvestigation", note = "独居老人，无赡养人", incomes = Array.Empty<object>(),
            assessment = new { members = new[] { new { personId = elder, selfCareNotAchieved = 2 } }, obligorAble = false },
        });
        await StepAsync(worker, id, new { action = "TownApprove" });
        await ClosePublicityAsync(host, worker, id);
        var approved = await StepAsync(officer, id, new { action = "Approve" });
        var month = approved.GetProperty("benefitFrom").GetString()![..7];
        var total = approved.GetProperty("monthlyAmountFen").GetInt64(); // 782.60 + 256.67 (half care)
        Assert.True(approved.GetProperty("mayArrangeSupport").GetBoolean() is false); // the district does not record it

        var first = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var carerId = IdNumbers.Next(new DateOnly(1975, 7, 7));
        object Agreement(decimal fee, string? carerIdNumber = null, DateOnly? to = null) => new
        {
            mode = "Dispersed", carerName = "王照料", carerIdNumber = carerIdNumber ?? carerId, carerBankName = "衡阳农商银行", carerAccount = "6217001234567890123",
            termFrom = first, termTo = to ?? first.AddYears(1).AddDays(-1), careFeeYuan = fee, version = (int?)null,
        };
        async Task<HttpResponseMessage> PutAsync(HttpClient client, object body) => await client.PutAsJsonAsync($"/api/assistance/cases/{id}/support", body);

        // Refused, each with its field: more than the care standard decided, the supported person as their own carer, a term over 3 years.
        var tooMuch = await PutAsync(worker, Agreement(256.68m));
        Assert.True(tooMuch.StatusCode == HttpStatusCode.BadRequest, await tooMuch.Content.ReadAsStringAsync());
        Assert.Contains("不超过本案认定的照料护理标准 256.67元/月", await tooMuch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var self = await PutAsync(worker, Agreement(200m, elderId));
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Contains("照料人不能是特困人员本人", await self.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await PutAsync(worker, Agreement(200m, to: first.AddYears(4)))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PutAsync(worker, new { mode = "Centralised", institution = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PutAsync(officer, Agreement(200m))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PutAsync(await host.LoginAsync("zhengxiang"), Agreement(200m))).StatusCode);
        var unchanged = await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}");
        Assert.Equal(JsonValueKind.Null, unchanged.GetProperty("support").ValueKind);

        var saved = await PutAsync(worker, Agreement(200m));
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var support = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("support");
        Assert.Equal("分散供养", support.GetProperty("modeName").GetString());
        Assert.Equal(20000, support.GetProperty("careFeeFen").GetInt64());
        Assert.DoesNotContain(carerId, support.ToString(), StringComparison.Ordinal); // masked
        Assert.DoesNotContain("6217001234567890123", support.ToString(), StringComparison.Ordinal);

        // The month's 特困 payroll: two payments for the case — the person's (total − 200.00) and the carer's 200.00.
        var run = (await PrepareRunAsync(worker, "430408100", month, "tekun")).GetProperty("id").GetGuid();
        var payments = (await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/payroll/runs/{run}")).GetProperty("payments").EnumerateArray()
            .Where(p => p.GetProperty("caseNumber").GetString() == approved.GetProperty("number").GetString()).ToList();
        Assert.Equal(2, payments.Count);
        Assert.Equal(total - 20000, payments.Single(p => p.GetProperty("programme").GetString() == "tekun").GetProperty("amountFen").GetInt64());
        var care = payments.Single(p => p.GetProperty("programme").GetString() == "tekun_care");
        Assert.Equal(20000, care.GetProperty("amountFen").GetInt64());
        Assert.Equal("委托照料人", care.GetProperty("paidTo").GetString());

        // Approved by the district: the carer's payment goes to the carer's bank.
        var approve = await officer.PostAsync($"/api/assistance/payroll/runs/{run}/approve", null);
        Assert.True(approve.IsSuccessStatusCode, await approve.Content.ReadAsStringAsync());
        var banks = await officer.GetFromJsonAsync<JsonElement>($"/api/assistance/payroll/runs/{run}/banks");
        var carersBank = banks.EnumerateArray().Single(b => b.GetProperty("bank").GetString() == "衡阳农商银行");
        Assert.Equal(1, carersBank.GetProperty("payments").GetInt32());
        Assert.Equal(20000, carersBank.GetProperty("totalFen").GetInt64());

        // The bank returns the carer's payment (account closed): the next 特困 run re-issues it, attempt 2, to the carer again.
        var returns = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"付款编号,结果,原因\n{care.GetProperty("id").GetGuid():N},失败,账户已销户\n"));
        var returned = await worker.PostAsJsonAsync($"/api/assistance/payroll/runs/{run}/returns", new { fileName = "回盘.csv", contentBase64 = returns });
        Assert.True(returned.IsSuccessStatusCode, await returned.Content.ReadAsStringAsync());

        // Moved into the 敬老院: 集中供养, no carer paid from then on.
        var centralised = await PutAsync(worker, new { mode = "Centralised", institution = "呆鹰岭镇敬老院" });
        Assert.True(centralised.StatusCode == HttpStatusCode.OK, await centralised.Content.ReadAsStringAsync());
        var nowCentral = (await centralised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("support");
        Assert.Equal(("集中供养", "呆鹰岭镇敬老院", JsonValueKind.Null), (nowCentral.GetProperty("modeName").GetString(), nowCentral.GetProperty("institution").GetString(), nowCentral.GetProperty("carerName").ValueKind));
        var next = first.AddMonths(1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var later = (await PrepareRunAsync(worker, "430408100", next, "tekun")).GetProperty("id").GetGuid();
        var nextPayments = (await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/payroll/runs/{later}")).GetProperty("payments").EnumerateArray()
            .Where(p => p.GetProperty("caseNumber").GetString() == approved.GetProperty("number").GetString()).ToList();
        Assert.Equal(total, Assert.Single(nextPayments, p => p.GetProperty("month").GetString() == next).GetProperty("amountFen").GetInt64());
        var reissued = Assert.Single(nextPayments, p => p.GetProperty("programme").GetString() == "tekun_care");
        Assert.Equal((month, 2, 20000L), (reissued.GetProperty("month").GetString(), reissued.GetProperty("attempt").GetInt32(), reissued.GetProperty("amountFen").GetInt64()));
        Assert.True((await officer.PostAsync($"/api/assistance/payroll/runs/{later}/approve", null)).IsSuccessStatusCode);
        var laterBanks = await officer.GetFromJsonAsync<JsonElement>($"/api/assistance/payroll/runs/{later}/banks");
        Assert.Equal(20000, laterBanks.EnumerateArray().Single(b => b.GetProperty("bank").GetString() == "衡阳农商银行").GetProperty("totalFen").GetInt64());
    }
}

[Collection("sqlite")]
public sealed class SupportArrangementTestsOnSqlite(SqliteWebHost host) : SupportArrangementTests(host);

[Collection("postgres")]
public sealed class SupportArrangementTestsOnPostgres(PostgresWebHost host) : SupportArrangementTests(host);
