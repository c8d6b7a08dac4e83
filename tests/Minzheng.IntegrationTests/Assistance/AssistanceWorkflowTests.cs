using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Platform.Identity;
using Minzheng.Platform.Settings;
using static Minzheng.IntegrationTests.Assistance.AssistanceClient;

namespace Minzheng.IntegrationTests.Assistance;

/// <summary>
/// A 低保 application through its workflow over HTTP, by the right roles only. The 公示 runs at least a day: a test that
/// goes on to approval today lets it run out in the store (<see cref="AssistanceClient.PublicityRunsOutAsync"/>).
/// </summary>
public abstract class AssistanceWorkflowTests(WebHost host)
{
    private const string ShortPublicityVillage = "430408001007";

    private const string DelegatedVillage = "430408001002";

    /// <summary>A dated setting for one community, added once per database as a district officer would.</summary>
    private async Task SettingAsync(string region, string key, string value)
    {
        await host.AsAsync(Roles.DistrictOfficer, "430408", async sp =>
        {
            var admin = sp.GetRequiredService<SettingsAdmin>();
            var rows = await admin.ListAsync(region);
            if (!rows.Single(r => r.Definition.Key == key).Versions.Any(v => v.RegionCode == region))
            {
                await admin.AddVersionAsync(new NewSettingVersion { Key = key, RegionCode = region, EffectiveFrom = new DateOnly(2020, 1, 1), Value = value, Source = "测试：本社区设置" });
            }

            return 0;
        });
    }

    [Fact]
    public async Task Where_the_district_delegates_approval_the_town_approves_and_the_district_officer_may_not()
    {
        await SettingAsync(DelegatedVillage, "assist.approval_delegated_to_town", "1");
        var worker = await host.LoginAsync("zhengxiang");
        var (household, members) = await HouseholdAsync(worker, DelegatedVillage);
        var id = await ToPublicityAsync(worker, household, members);
        var review = await ClosePublicityAsync(host, worker, id);
        Assert.Equal(["Approve", "Refuse"], review.GetProperty("myActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(await host.LoginAsync("officer"), id, new { action = "Approve" })).StatusCode);
        var approved = await StepAsync(worker, id, new { action = "Approve", note = "乡镇（街道）受委托审核确认" });
        Assert.Equal("Approved", approved.GetProperty("statusCode").GetString());
    }

    [Fact]
    public async Task An_application_goes_to_approval_by_the_right_roles_with_its_explanation_and_a_decision_event()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var officer = await host.LoginAsync("officer");
        var (household, members) = await HouseholdAsync(worker, ShortPublicityVillage);
        var id = await NewCaseAsync(worker, household);

        var verified = await StepAsync(worker, id, new { action = "RecordVerification", note = "核对平台：无车辆、无工商登记" });
        Assert.Equal("Investigation", verified.GetProperty("statusCode").GetString());
        Assert.True(verified.GetProperty("dueOn").ValueKind == JsonValueKind.String);

        // Two members: 300 wage + 100 transfer counted, a 500 scholarship not: (400 ÷ 2 = 200) → (602 − 200) × 2 = 804 元.
        var investigated = await StepAsync(worker, id, new
        {
            action = "RecordInvestigation",
            note = "入户调查：两人共同生活",
            incomes = new object[]
            {
                new { personId = members[0], type = "Wage", monthlyYuan = 300m },
                new { personId = members[1], type = "Transfer", monthlyYuan = 100m },
                new { personId = members[1], type = "Scholarship", monthlyYuan = 500m },
            },
        });
        Assert.Equal(80_400, investigated.GetProperty("monthlyAmountFen").GetInt64());
        var explanation = investigated.GetProperty("explanation").EnumerateArray().Select(s => s.GetProperty("text").GetString()).ToList();
        Assert.Contains(explanation, t => t!.Contains("602", StringComparison.Ordinal));
        Assert.Contains(explanation, t => t!.Contains("不计入 500", StringComparison.Ordinal));
        Assert.Contains(explanation, t => t!.Contains("× 2", StringComparison.Ordinal));

        await StepAsync(worker, id, new { action = "TownApprove", note = "初审同意" });
        var closed = await ClosePublicityAsync(host, worker, id);
        Assert.Equal("DistrictReview", closed.GetProperty("statusCode").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(worker, id, new { action = "Approve" })).StatusCode);
        var approved = await StepAsync(officer, id, new { action = "Approve", note = "审核确认" });
        Assert.Equal("Approved", approved.GetProperty("statusCode").GetString());
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Shanghai"));
        Assert.Equal(new DateOnly(today.Year, today.Month, 1).AddMonths(1), DateOnly.Parse(approved.GetProperty("benefitFrom").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["受理", "登记核对结果", "登记入户调查", "初审通过并公示", "公示期满，报区审核", "审核确认"],
            approved.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("step").GetString()));

        var number = approved.GetProperty("number").GetString()!;
        var events = await host.AsAsync(Roles.DistrictOfficer, "430408", async sp =>
            await sp.GetRequiredService<Minzheng.Assistance.Data.AssistanceDbContext>().Outbox.AsNoTracking().Where(m => m.EventType == "assistance.decision").Select(m => m.Payload).ToListAsync());
        var payload = Assert.Single(events, p => p.Contains(number, StringComparison.Ordinal));
        Assert.Contains("\"monthlyFen\":80400", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Illegal_steps_are_refused_with_a_chinese_message_and_change_nothing()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var officer = await host.LoginAsync("officer");
        var (household, _) = await HouseholdAsync(worker, "430408001006");
        var id = await NewCaseAsync(worker, household);

        var early = await ActAsync(officer, id, new { action = "Approve" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("不能执行“审核确认”", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var skip = await ActAsync(worker, id, new { action = "TownApprove" });
        Assert.Equal(HttpStatusCode.Conflict, skip.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(officer, id, new { action = "RecordVerification", note = "x" })).StatusCode);

        // A 7-day 公示 cannot be closed on its first day; an objection reopens the investigation.
        var (h2, m2) = await HouseholdAsync(worker, "430408001006");
        var publicity = await ToPublicityAsync(worker, h2, m2);
        var tooEarly = await ActAsync(worker, publicity, new { action = "ClosePublicity" });
        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        Assert.Contains("公示期至", await tooEarly.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var reopened = await StepAsync(worker, publicity, new { action = "RecordObjection", note = "邻居反映其子女有稳定收入" });
        Assert.Equal("Investigation", reopened.GetProperty("statusCode").GetString());

        var detail = await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}");
        Assert.Equal("Verification", detail.GetProperty("statusCode").GetString());
        Assert.Single(detail.GetProperty("timeline").EnumerateArray());
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_message_and_nothing_is_stored()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var (household, members) = await HouseholdAsync(worker, "430408001005");

        async Task Expect(HttpResponseMessage response, HttpStatusCode status, string message)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} {text}");
            Assert.Contains(message, text, StringComparison.Ordinal);
        }

        await Expect(await ApplyAsync(worker, household, null), HttpStatusCode.BadRequest, "核对授权书");
        await Expect(await ApplyAsync(worker, household, Consent("这不是图片"u8.ToArray())), HttpStatusCode.BadRequest, "不是有效的 PNG 文件");
        await Expect(await ApplyAsync(worker, household, Consent([0x4D, 0x5A, 0x90], "授权书.exe")), HttpStatusCode.BadRequest, "只接受");
        var list = await worker.GetFromJsonAsync<JsonElement>("/api/assistance/cases?size=100");
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("householdNumber").GetString() == household.ToString());

        var id = await NewCaseAsync(worker, household);
        await Expect(await ApplyAsync(worker, household, Consent()), HttpStatusCode.Conflict, "请勿重复受理");
        await StepAsync(worker, id, new { action = "RecordVerification", note = "核对无异常" });
        await Expect(await ActAsync(worker, id, new { action = "RecordInvestigation", note = "x", incomes = new[] { new { personId = members[0], type = "Wage", monthlyYuan = -1m } } }),
            HttpStatusCode.BadRequest, "月收入不能为负数");
        await Expect(await ActAsync(worker, id, new { action = "RecordInvestigation", note = "x", incomes = new[] { new { personId = Guid.NewGuid(), type = "Wage", monthlyYuan = 1m } } }),
            HttpStatusCode.BadRequest, "共同生活家庭成员");
        await Expect(await ActAsync(worker, id, new { action = "RecordInvestigation", incomes = Array.Empty<object>() }), HttpStatusCode.BadRequest, "请填写入户调查情况");

        // A household whose income reaches the standard cannot pass 初审; refusing needs written reasons.
        await StepAsync(worker, id, new { action = "RecordInvestigation", note = "有稳定工资", incomes = new[] { new { personId = members[0], type = "Wage", monthlyYuan = 5000m } } });
        await Expect(await ActAsync(worker, id, new { action = "TownApprove" }), HttpStatusCode.Conflict, "不符合特困、低保、低保边缘、刚性支出困难任何类别");
        await Expect(await ActAsync(worker, id, new { action = "TownRefuse" }), HttpStatusCode.BadRequest, "须写明理由");
        var refused = await StepAsync(worker, id, new { action = "TownRefuse", reason = "家庭人均收入高于当地低保标准" });
        Assert.Equal("Refused", refused.GetProperty("statusCode").GetString());
        Assert.Equal(0, refused.GetProperty("monthlyAmountFen").GetInt64());
    }

    [Fact]
    public async Task The_publicity_notice_masks_names_and_ids_and_never_shows_a_minor_and_a_refusal_has_a_written_notice()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var created = await worker.PostAsJsonAsync("/api/registry/households", Minzheng.IntegrationTests.Registry.RegistryClient.Household("430408001003",
            ("王大明", Minzheng.TestSupport.IdNumbers.Next(new DateOnly(1980, 3, 1)), "Head"), ("王小宝", Minzheng.TestSupport.IdNumbers.Next(new DateOnly(2016, 6, 1)), "Child")));
        var household = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var members = (await Minzheng.IntegrationTests.Registry.RegistryClient.DetailAsync(worker, household)).GetProperty("members").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ToArray();
        var id = await ToPublicityAsync(worker, household, members);

        var notice = await worker.GetStringAsync($"/api/assistance/cases/{id}/publicity-notice");
        Assert.Contains("王*明", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("王大明", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("小宝", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("2016", notice, StringComparison.Ordinal);
        Assert.Matches("430408\\*{8}[0-9]{3}[0-9X]", notice);
        var json = JsonDocument.Parse(notice).RootElement;
        Assert.Equal(1, json.GetProperty("adults").GetArrayLength());
        Assert.Equal(2, json.GetProperty("covered").GetInt32());

        // Before 初审 there is nothing to publish; a refusal has its written notice with the reasons.
        var (h2, m2) = await HouseholdAsync(worker, "430408001003");
        var early = await NewCaseAsync(worker, h2);
        Assert.Equal(HttpStatusCode.Conflict, (await worker.GetAsync($"/api/assistance/cases/{early}/publicity-notice")).StatusCode);
        await StepAsync(worker, early, new { action = "RecordVerification", note = "核对：名下有两套住房" });
        await StepAsync(worker, early, new { action = "RecordInvestigation", note = "入户核实", incomes = new[] { new { personId = m2[0], type = "Wage", monthlyYuan = 100m } } });
        await StepAsync(worker, early, new { action = "TownRefuse", reason = "家庭财产超过规定（两套住房）" });
        var refusal = await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{early}/refusal-notice");
        Assert.Equal("家庭财产超过规定（两套住房）", refusal.GetProperty("reason").GetString());
        Assert.Equal("张三", refusal.GetProperty("headName").GetString());
    }

    [Fact]
    public async Task Two_officers_approving_the_same_case_at_once_one_wins()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var (household, members) = await HouseholdAsync(worker, ShortPublicityVillage);
        var id = await ToPublicityAsync(worker, household, members);
        await ClosePublicityAsync(host, worker, id);
        var a = await host.LoginAsync("officer");
        var b = await host.LoginAsync("officer");
        var results = await Task.WhenAll(ActAsync(a, id, new { action = "Approve" }), ActAsync(b, id, new { action = "Approve" }));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], results.Select(r => r.StatusCode).Order());
        var detail = await a.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}");
        Assert.Single(detail.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("step").GetString() == "审核确认");
    }

    [Fact]
    public async Task Another_towns_worker_neither_sees_nor_touches_a_case()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var (household, _) = await HouseholdAsync(worker, "430408001004");
        var id = await NewCaseAsync(worker, household);
        var other = await host.LoginAsync("hongxiang");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/assistance/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/assistance/cases/{id}/consent")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ActAsync(other, id, new { action = "RecordVerification", note = "越权" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ApplyAsync(other, household, Consent())).StatusCode);
        var figures = await other.GetFromJsonAsync<JsonElement>("/api/assistance/figures/towns");
        Assert.Equal(["430408002"], figures.EnumerateArray().Select(f => f.GetProperty("townCode").GetString()));
        var district = await (await host.LoginAsync("leader")).GetFromJsonAsync<JsonElement>("/api/assistance/figures/towns");
        Assert.Equal(5, district.GetArrayLength());
        Assert.True(district.EnumerateArray().Single(f => f.GetProperty("townCode").GetString() == "430408001").GetProperty("inProgress").GetInt32() >= 1);
        var list = await other.GetFromJsonAsync<JsonElement>("/api/assistance/cases?size=100");
        Assert.All(list.GetProperty("items").EnumerateArray(), r => Assert.StartsWith("430408002", r.GetProperty("regionCode").GetString(), StringComparison.Ordinal));
        foreach (var admin in new[] { "sysadmin", "partner" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await (await host.LoginAsync(admin)).GetAsync($"/api/assistance/cases/{id}")).StatusCode);
        }

        Assert.Equal(Png, await worker.GetByteArrayAsync($"/api/assistance/cases/{id}/consent"));
        var detail = await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}");
        Assert.Equal("Verification", detail.GetProperty("statusCode").GetString());
    }
}

[Collection("sqlite")]
public sealed class AssistanceWorkflowTestsOnSqlite(SqliteWebHost host) : AssistanceWorkflowTests(host);

[Collection("postgres")]
public sealed class AssistanceWorkflowTestsOnPostgres(PostgresWebHost host) : AssistanceWorkflowTests(host);
