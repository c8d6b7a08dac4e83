using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.IntegrationTests.Registry;
using Minzheng.TestSupport;
using static Minzheng.IntegrationTests.Assistance.AssistanceClient;

namespace Minzheng.IntegrationTests.Assistance;

/// <summary>
/// One application routed 特困 → 低保 → 边缘 → 刚性支出 by what the investigation finds, decided and paid by programme.
/// Village 430408002004 (红湘街道); each case's 公示 is let run out in the store so that it is approved today.
/// </summary>
public abstract class ProgrammeRoutingTests(WebHost host)
{
    private const string Village = "430408002004";
    private const string Town = "430408002";

    private async Task<(HttpClient Worker, HttpClient Officer)> ClientsAsync()
    {
        return (await host.LoginAsync("hongxiang"), await host.LoginAsync("officer"));
    }

    /// <summary>A household of the given members (birth dates), its case applied for at <paramref name="programme"/>, verified.</summary>
    private static async Task<(Guid Case, Guid[] Members)> VerifiedCaseAsync(HttpClient worker, string? programme, params DateOnly[] births)
    {
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household(Village,
            births.Select((b, i) => ($"成员{i}", IdNumbers.Next(b), i == 0 ? "Head" : "Child")).ToArray()));
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var household = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var members = (await RegistryClient.DetailAsync(worker, household)).GetProperty("members").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ToArray();
        var applied = await worker.PostAsJsonAsync("/api/assistance/cases", new { householdId = household, programme, consent = Consent() });
        Assert.True(applied.StatusCode == HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        var id = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await StepAsync(worker, id, new { action = "RecordVerification", note = "核对无异常" });
        return (id, members);
    }

    private static readonly DateOnly Elder = new(1946, 5, 1);
    private static readonly DateOnly Adult = new(1985, 5, 1);

    [Fact]
    public async Task A_lone_elder_without_an_able_obligor_is_routed_to_tekun_approved_and_paid_by_the_tekun_payroll()
    {
        var (worker, officer) = await ClientsAsync();
        var (id, members) = await VerifiedCaseAsync(worker, null, Elder);
        var investigated = await StepAsync(worker, id, new
        {
            action = "RecordInvestigation", note = "独居老人，子女均已去世",
            incomes = Array.Empty<object>(),
            assessment = new { members = new[] { new { personId = members[0], selfCareNotAchieved = 2 } }, obligorAble = false },
        });
        Assert.Equal("Tekun", investigated.GetProperty("programmeCode").GetString());
        Assert.Equal(1, investigated.GetProperty("coveredMembers").GetInt32());
        // basic ⌈602 × 1.3⌉ = 782.60 + half care ⌈1540 × 1/6⌉ = 256.67 (the shipped settings).
        Assert.Equal(78260 + 25667, investigated.GetProperty("monthlyAmountFen").GetInt64());
        var rules = investigated.GetProperty("explanation").EnumerateArray().Select(s => s.GetProperty("rule").GetString()).ToList();
        Assert.Contains("认定：特困", rules);
        Assert.Contains("特困照料护理标准（第1人）", rules);

        await StepAsync(worker, id, new { action = "TownApprove" });
        await ClosePublicityAsync(host, worker, id);
        var approved = await StepAsync(officer, id, new { action = "Approve" });
        var month = approved.GetProperty("benefitFrom").GetString()![..7];

        var dibao = await PrepareAsync(worker, month, "dibao");
        Assert.DoesNotContain(await PaymentsAsync(worker, dibao), p => p.GetProperty("caseNumber").GetString() == approved.GetProperty("number").GetString());
        var tekun = await PrepareAsync(worker, month, "tekun");
        var payment = Assert.Single(await PaymentsAsync(worker, tekun), p => p.GetProperty("caseNumber").GetString() == approved.GetProperty("number").GetString());
        Assert.Equal(78260 + 25667, payment.GetProperty("amountFen").GetInt64());
        Assert.Equal((await PaymentsAsync(worker, tekun)).Count, (await PaymentsAsync(worker, await PrepareAsync(worker, month, "tekun"))).Count);

        await using var scope = host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Access.CurrentUser>().ActAsSystem("test");
        var decision = await scope.ServiceProvider.GetRequiredService<Minzheng.Assistance.Data.AssistanceDbContext>().Outbox
            .SingleAsync(m => m.IdempotencyKey == $"assistance.decision:{id}");
        Assert.Contains("\"programme\":\"tekun\"", decision.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_elder_living_on_an_elderly_allowance_and_insurance_benefits_has_no_livelihood_and_is_tekun()
    {
        var (worker, _) = await ClientsAsync();
        var (id, members) = await VerifiedCaseAsync(worker, null, new DateOnly(1936, 1, 1));
        var investigated = await StepAsync(worker, id, new
        {
            action = "RecordInvestigation", note = "九十岁独居老人",
            incomes = new[] { new { personId = members[0], type = "ElderlyAllowance", monthlyYuan = 200m }, new { personId = members[0], type = "SocialInsuranceBenefit", monthlyYuan = 500m } },
            assessment = new { obligorAble = false },
        });
        Assert.Equal("Tekun", investigated.GetProperty("programmeCode").GetString());
        var steps = investigated.GetProperty("explanation").EnumerateArray().ToList();
        Assert.Contains(steps, s => s.GetProperty("rule").GetString() == "人均收入" && s.GetProperty("text").GetString()!.Contains("= 700.00元/人·月", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.GetProperty("rule").GetString() == "人均生活来源（特困）" && s.GetProperty("text").GetString()!.Contains("= 0.00元/人·月", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_widow_is_tekun_on_her_own_and_her_grandson_then_gets_dibao_with_her_left_out_of_the_household()
    {
        var (worker, officer) = await ClientsAsync();
        var (id, members) = await VerifiedCaseAsync(worker, null, new DateOnly(1964, 3, 1), new DateOnly(2009, 9, 1));
        var investigated = await StepAsync(worker, id, new
        {
            action = "RecordInvestigation", note = "丧偶老人与读高中的孙子共同生活",
            incomes = Array.Empty<object>(),
            assessment = new { obligorAble = false },
        });
        Assert.Equal("Tekun", investigated.GetProperty("programmeCode").GetString());
        Assert.Equal(1, investigated.GetProperty("coveredMembers").GetInt32());
        Assert.Equal(78260 + 15400, investigated.GetProperty("monthlyAmountFen").GetInt64()); // her basic standard and 全自理 care only
        Assert.Contains(investigated.GetProperty("explanation").EnumerateArray(), s => s.GetProperty("rule").GetString() == "其余成员");
        await StepAsync(worker, id, new { action = "TownApprove" });
        await ClosePublicityAsync(host, worker, id);
        await StepAsync(officer, id, new { action = "Approve" });

        // The grandson's own application: she is marked as supported as 特困, so he is a household of one with no income.
        var household = (await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}")).GetProperty("household").GetProperty("id").GetGuid();
        var applied = await worker.PostAsJsonAsync("/api/assistance/cases", new { householdId = household, programme = "Dibao", consent = Consent() });
        Assert.True(applied.StatusCode == HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        var second = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await StepAsync(worker, second, new { action = "RecordVerification", note = "核对无异常" });
        var dibao = await StepAsync(worker, second, new
        {
            action = "RecordInvestigation", note = "孙子单独认定",
            incomes = Array.Empty<object>(),
            assessment = new { members = new object[] { new { personId = members[0], excluded = "SupportedAsTekun" } }, obligorAble = false },
        });
        Assert.Equal("Dibao", dibao.GetProperty("programmeCode").GetString());
        Assert.Equal(1, dibao.GetProperty("coveredMembers").GetInt32());
        Assert.Equal(60200, dibao.GetProperty("monthlyAmountFen").GetInt64());
        Assert.Contains(dibao.GetProperty("explanation").EnumerateArray(), s => s.GetProperty("rule").GetString() == "家庭人数"
            && s.GetProperty("text").GetString()!.Contains("不计入 1 人：第1名成员（62岁）已单独认定为特困人员", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_member_in_prison_counts_in_neither_size_nor_income_and_bad_member_facts_are_refused()
    {
        var (worker, _) = await ClientsAsync();
        var (id, members) = await VerifiedCaseAsync(worker, "Dibao", Adult, Adult, new DateOnly(2016, 1, 1));

        async Task Refused(object assessment, string field, string message)
        {
            var response = await ActAsync(worker, id, new { action = "RecordInvestigation", note = "x", incomes = Array.Empty<object>(), assessment });
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
            Assert.Contains(field, text, StringComparison.Ordinal);
            Assert.Contains(message, text, StringComparison.Ordinal);
        }

        await Refused(new { members = members.Select(m => new { personId = m, excluded = "Imprisoned" }).ToArray() }, "assessment.members", "至少一名成员计入家庭");
        await Refused(new { members = new[] { new { personId = members[0], orphan = true } } }, "assessment.members[0].orphan", "未满18周岁");
        await Refused(new { members = new[] { new { personId = members[0], selfCareNotAchieved = 2, selfCareLostOverAYear = true } } }, "assessment.members[0].selfCareLostOverAYear", "4项以上");
        await Refused(new { members = new[] { new { personId = members[0], excluded = 99 } } }, "assessment.members[0].excluded", "不在规定范围");

        var investigated = await StepAsync(worker, id, new
        {
            action = "RecordInvestigation", note = "丈夫在监狱服刑",
            incomes = new[] { new { personId = members[0], type = "Wage", monthlyYuan = 3000m }, new { personId = members[1], type = "Wage", monthlyYuan = 400m } },
            assessment = new { members = new[] { new { personId = members[0], excluded = "Imprisoned" } } },
        });
        // 400 ÷ 2 = 200 a person, not 3,400 ÷ 3: (602 − 200) × 2 = 804.
        Assert.Equal("Dibao", investigated.GetProperty("programmeCode").GetString());
        Assert.Equal(2, investigated.GetProperty("coveredMembers").GetInt32());
        Assert.Equal(80400, investigated.GetProperty("monthlyAmountFen").GetInt64());
        var income = investigated.GetProperty("incomes").EnumerateArray().Single(i => i.GetProperty("personId").GetGuid() == members[0]);
        Assert.False(income.GetProperty("counted").GetBoolean());
    }

    [Fact]
    public async Task A_single_person_dibao_in_an_edge_household_is_paid_as_dibao_and_the_household_stays_edge()
    {
        var (worker, officer) = await ClientsAsync();
        var (id, members) = await VerifiedCaseAsync(worker, null, Adult, Adult);
        // 1400 ÷ 2 = 700 a person: 边缘; the second member has a grade-2 intellectual disability → 单人保 at 75 % of 602.
        var investigated = await StepAsync(worker, id, new
        {
            action = "RecordInvestigation", note = "边缘家庭，一名重度残疾成员",
            incomes = new[] { new { personId = members[0], type = "Wage", monthlyYuan = 1400m } },
            assessment = new { members = new[] { new { personId = members[1], disability = "Intellectual", disabilityGrade = 2 } } },
        });
        Assert.Equal("Dibao", investigated.GetProperty("programmeCode").GetString());
        Assert.True(investigated.GetProperty("householdEdge").GetBoolean());
        Assert.Equal(45150, investigated.GetProperty("monthlyAmountFen").GetInt64());
        await StepAsync(worker, id, new { action = "TownApprove" });
        await ClosePublicityAsync(host, worker, id);
        var approved = await StepAsync(officer, id, new { action = "Approve" });
        var month = approved.GetProperty("benefitFrom").GetString()![..7];
        Assert.Contains(await PaymentsAsync(worker, await PrepareAsync(worker, month, "dibao")), p => p.GetProperty("caseNumber").GetString() == approved.GetProperty("number").GetString());

        var household = approved.GetProperty("household").GetProperty("id").GetGuid();
        Assert.Equal("edge", Assert.Single(await CoveredAsync(host), c => c.HouseholdId == household).Programme);
    }

    [Fact]
    public async Task Tekun_support_ends_only_after_a_termination_is_posted_an_objection_is_decided_and_the_district_confirms()
    {
        var (worker, officer) = await ClientsAsync();
        var (id, members) = await VerifiedCaseAsync(worker, null, Elder);
        await StepAsync(worker, id, new { action = "RecordInvestigation", note = "独居老人", incomes = Array.Empty<object>(), assessment = new { obligorAble = false } });
        await StepAsync(worker, id, new { action = "TownApprove" });
        await ClosePublicityAsync(host, worker, id);
        Assert.Equal("Tekun", (await StepAsync(officer, id, new { action = "Approve" })).GetProperty("programmeCode").GetString());

        async Task<HttpResponseMessage> Decide(HttpClient client, object body) => await client.PostAsJsonAsync($"/api/assistance/cases/{id}/benefit", body);
        async Task<JsonElement> DecideOk(HttpClient client, object body)
        {
            var response = await Decide(client, body);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, text);
            return JsonDocument.Parse(text).RootElement;
        }

        var today = Today();
        var stop = await Decide(officer, new { action = "Stop", fromMonth = today.AddMonths(1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), reason = "子女返乡，有赡养能力" });
        Assert.Equal(HttpStatusCode.Conflict, stop.StatusCode);
        Assert.Contains("须先公示", await stop.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await Decide(officer, new { action = "ProposeTermination", reason = "子女返乡，有赡养能力" })).StatusCode);

        // The town proposes it: posted for 7 days, support goes on; the district cannot end it before the 公示 is over.
        var proposed = await DecideOk(worker, new { action = "ProposeTermination", reason = "子女返乡，有赡养能力" });
        Assert.Equal(today.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), proposed.GetProperty("terminationPublicityEndsOn").GetString());
        Assert.Equal("Approved", proposed.GetProperty("statusCode").GetString());
        var early = await Decide(officer, new { action = "ConfirmTermination", reason = "公示无异议" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("公示至", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // An objection: decided within 15 working days — here the proposal is withdrawn.
        var objected = await DecideOk(worker, new { action = "TerminationObjection", reason = "邻居反映其子女并未返乡" });
        Assert.Equal(Minzheng.Kernel.Calendar.WorkingDayCalendar.Default.AddWorkingDays(today, 15).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            objected.GetProperty("terminationObjectionDueOn").GetString());
        var withdrawn = await DecideOk(officer, new { action = "WithdrawTermination", reason = "经核实子女仍在外地，无赡养能力" });
        Assert.True(withdrawn.GetProperty("terminationPublicityEndsOn").ValueKind == JsonValueKind.Null);
        Assert.Equal("Approved", withdrawn.GetProperty("statusCode").GetString());

        // Proposed again; after the 公示 (run out in the store) the district ends it from next month, and the ledger hears of it.
        await DecideOk(worker, new { action = "ProposeTermination", reason = "本人入住子女家，子女有赡养能力" });
        await LetTimePassAsync(host, id, c => c.Property(x => x.TerminationPublicityEndsOn).CurrentValue = today);

        var ended = await DecideOk(officer, new { action = "ConfirmTermination", reason = "公示期满无异议" });
        var number = ended.GetProperty("number").GetString()!;
        Assert.Equal("Stopped", ended.GetProperty("statusCode").GetString());
        Assert.Equal(new DateOnly(today.Year, today.Month, 1).AddMonths(1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), ended.GetProperty("stopFrom").GetString());
        Assert.Equal(["拟终止供养（公示）", "终止公示有异议", "撤回终止", "拟终止供养（公示）", "终止供养"],
            ended.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("action").GetString()));
        await using var check = host.Factory.Services.CreateAsyncScope();
        check.ServiceProvider.GetRequiredService<Minzheng.Platform.Access.CurrentUser>().ActAsSystem("test");
        var events = await check.ServiceProvider.GetRequiredService<Minzheng.Assistance.Data.AssistanceDbContext>().Outbox
            .Where(m => m.EventType == "assistance.change" && m.Payload.Contains(number)).ToListAsync();
        Assert.Contains(events, e => e.Payload.Contains("\"programme\":\"tekun\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Income_above_the_standard_falls_through_dibao_to_edge_a_recognition_that_the_payroll_never_pays()
    {
        var (worker, officer) = await ClientsAsync();
        var (id, members) = await VerifiedCaseAsync(worker, "Dibao", Adult, Adult);
        // 1400 ÷ 2 = 700 a person: above 602, below 1.5 × 602 = 903.
        var investigated = await StepAsync(worker, id, new { action = "RecordInvestigation", note = "两人务工", incomes = new[] { new { personId = members[0], type = "Wage", monthlyYuan = 1400m } } });
        Assert.Equal("Edge", investigated.GetProperty("programmeCode").GetString());
        Assert.Equal(0, investigated.GetProperty("monthlyAmountFen").GetInt64());
        Assert.DoesNotContain(investigated.GetProperty("explanation").EnumerateArray(), s => s.GetProperty("rule").GetString() == "认定：特困");

        await StepAsync(worker, id, new { action = "TownApprove" });
        await ClosePublicityAsync(host, worker, id);
        var approved = await StepAsync(officer, id, new { action = "Approve" });
        Assert.Equal("Approved", approved.GetProperty("statusCode").GetString());
        var month = approved.GetProperty("benefitFrom").GetString()![..7];
        Assert.DoesNotContain(await PaymentsAsync(worker, await PrepareAsync(worker, month, "dibao")), p => p.GetProperty("caseNumber").GetString() == approved.GetProperty("number").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostAsJsonAsync("/api/assistance/payroll/runs", new { town = Town, month, programme = "edge" })).StatusCode);

        var edges = await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases?programme=Edge&region={Village}&size=100");
        Assert.Contains(edges.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.All(edges.GetProperty("items").EnumerateArray(), r => Assert.Equal("低保边缘", r.GetProperty("programme").GetString()));
    }

    [Fact]
    public async Task Heavy_medical_spending_is_recognised_as_rigid_expense_for_twelve_months()
    {
        var (worker, officer) = await ClientsAsync();
        var (id, members) = await VerifiedCaseAsync(worker, null, Adult, Adult);
        // 2000 ÷ 2 = 1000 a person (above the edge line); 24,000 a year, 60 % = 14,400 < 30,000 spent.
        var investigated = await StepAsync(worker, id, new
        {
            action = "RecordInvestigation", note = "配偶重病住院",
            incomes = new[] { new { personId = members[0], type = "Wage", monthlyYuan = 2000m } },
            assessment = new { rigidExpenseYuan = 30000m },
        });
        Assert.Equal("RigidExpense", investigated.GetProperty("programmeCode").GetString());
        await StepAsync(worker, id, new { action = "TownApprove" });
        await ClosePublicityAsync(host, worker, id);
        var approved = await StepAsync(officer, id, new { action = "Approve" });
        var from = DateOnly.Parse(approved.GetProperty("benefitFrom").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(from.AddMonths(12).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), approved.GetProperty("validUntil").GetString());
        Assert.True(approved.GetProperty("nextReviewOn").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task A_rigid_expense_recognition_lapses_after_its_last_day_leaving_the_monitored_population_for_the_review_list_and_the_gap_screening()
    {
        var (worker, officer) = await ClientsAsync();
        // Two elders (no working-age member, so the 漏保 screening looks at them) with heavy medical spending.
        var (id, members) = await VerifiedCaseAsync(worker, "RigidExpense", Elder, new DateOnly(1950, 2, 1));
        await StepAsync(worker, id, new
        {
            action = "RecordInvestigation", note = "老伴住院",
            incomes = new[] { new { personId = members[0], type = "Transfer", monthlyYuan = 2000m } },
            assessment = new { rigidExpenseYuan = 30000m },
        });
        await StepAsync(worker, id, new { action = "TownApprove" });
        await ClosePublicityAsync(host, worker, id);
        var approved = await StepAsync(officer, id, new { action = "Approve" });
        var household = approved.GetProperty("household").GetProperty("id").GetGuid();
        Assert.False(approved.GetProperty("lapsed").GetBoolean());
        Assert.Contains(await CoveredAsync(host), c => c.HouseholdId == household);
        Assert.DoesNotContain(await ReviewsAsync(worker), r => r.GetProperty("id").GetGuid() == id); // twelve months ahead
        Assert.DoesNotContain(await GapsAsync(worker), g => g.GetProperty("householdId").GetGuid() == household);

        // Twelve months later (its last day moved to yesterday in the store): no longer covered, listed for review, a gap again.
        await LetTimePassAsync(host, id, c => c.Entity.ValidUntil = Today().AddDays(-1));

        Assert.True((await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}")).GetProperty("lapsed").GetBoolean());
        Assert.DoesNotContain(await CoveredAsync(host), c => c.HouseholdId == household);
        var review = Assert.Single(await ReviewsAsync(worker), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal("认定已到期", review.GetProperty("status").GetString());
        Assert.True(review.GetProperty("overdue").GetBoolean());
        Assert.Contains(await GapsAsync(worker), g => g.GetProperty("householdId").GetGuid() == household);
    }

    private static async Task<List<JsonElement>> ReviewsAsync(HttpClient worker) =>
        (await worker.GetFromJsonAsync<JsonElement>("/api/assistance/reviews")).EnumerateArray().ToList();

    private static async Task<List<JsonElement>> GapsAsync(HttpClient worker) =>
        (await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/gaps?region={Village}")).GetProperty("rows").EnumerateArray().ToList();

    [Fact]
    public async Task Bad_assessment_input_is_refused_by_field_and_changes_nothing()
    {
        var (worker, _) = await ClientsAsync();
        var (id, members) = await VerifiedCaseAsync(worker, null, Adult);

        async Task Refused(object assessment, string field, string message)
        {
            var response = await ActAsync(worker, id, new { action = "RecordInvestigation", note = "x", incomes = Array.Empty<object>(), assessment });
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
            Assert.Contains(field, text, StringComparison.Ordinal);
            Assert.Contains(message, text, StringComparison.Ordinal);
        }

        await Refused(new { members = new[] { new { personId = members[0], disability = "Physical", disabilityGrade = 5 } } }, "assessment.members[0].disabilityGrade", "一至四级");
        await Refused(new { members = new[] { new { personId = members[0], disability = "None", disabilityGrade = 1 } } }, "assessment.members[0].disabilityGrade", "不填残疾等级");
        await Refused(new { members = new[] { new { personId = members[0], selfCareNotAchieved = 7 } } }, "assessment.members[0].selfCareNotAchieved", "0至6");
        await Refused(new { members = new[] { new { personId = Guid.NewGuid() } } }, "assessment.members[0].personId", "共同生活家庭成员");
        await Refused(new { depositsYuan = -1m }, "assessment.depositsYuan", "不能为负数");
        await Refused(new { rigidExpenseYuan = 1.001m }, "assessment.rigidExpenseYuan", "两位小数");
        await Refused(new { vehicles = -1 }, "assessment.vehicles", "不能为负数");

        var detail = await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}");
        Assert.Equal("Investigation", detail.GetProperty("statusCode").GetString());
        Assert.True(detail.GetProperty("assessment").ValueKind == JsonValueKind.Null);
        Assert.Equal(0, detail.GetProperty("explanation").GetArrayLength());
    }

    [Fact]
    public async Task A_household_applies_for_one_programme_at_a_time_and_an_unknown_programme_is_refused()
    {
        var (worker, _) = await ClientsAsync();
        var (id, _) = await VerifiedCaseAsync(worker, "RigidExpense", Adult);
        var detail = await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}");
        var household = detail.GetProperty("household").GetProperty("id").GetGuid();
        var again = await worker.PostAsJsonAsync("/api/assistance/cases", new { householdId = household, programme = "Dibao", consent = Consent() });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var unknown = await worker.PostAsJsonAsync("/api/assistance/cases", new { householdId = household, programme = "Linshi", consent = Consent() });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Tekun", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<Guid> PrepareAsync(HttpClient client, string month, string programme) =>
        (await PrepareRunAsync(client, Town, month, programme)).GetProperty("id").GetGuid();

    private static async Task<List<JsonElement>> PaymentsAsync(HttpClient client, Guid run) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/assistance/payroll/runs/{run}")).GetProperty("payments").EnumerateArray().ToList();
}

[Collection("sqlite")]
public sealed class ProgrammeRoutingTestsOnSqlite(SqliteWebHost host) : ProgrammeRoutingTests(host);

[Collection("postgres")]
public sealed class ProgrammeRoutingTestsOnPostgres(PostgresWebHost host) : ProgrammeRoutingTests(host);
