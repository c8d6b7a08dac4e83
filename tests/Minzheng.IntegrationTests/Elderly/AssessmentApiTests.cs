using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.Elderly.Domain.Assessment;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.IntegrationTests.Registry;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Elderly;

public abstract class AssessmentApiTests(WebHost host)
{
    private static Dictionary<string, int> Full() => AssessmentItems.All.ToDictionary(i => i.Code, i => i.Max);

    private async Task<(HttpClient Worker, Guid Elder, Guid Young)> HouseholdAsync()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household("430408001004",
            ("周桂英", IdNumbers.Next(new DateOnly(1950, 4, 2)), "Head"), ("周小军", IdNumbers.Next(new DateOnly(1996, 5, 6)), "Child")));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var members = (await RegistryClient.DetailAsync(worker, id)).GetProperty("members").EnumerateArray().ToList();
        Guid Of(string name) => members.Single(m => m.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
        return (worker, Of("周桂英"), Of("周小军"));
    }

    private static object Request(Dictionary<string, int> scores, bool dementia = false, string day = "2026-01-15", bool comatose = false) =>
        new { scores, dementia, otherMentalDisorder = false, careRiskEvents = 0, comatose, assessedOn = day, assessor = "刘评估", secondAssessor = "陈评估" };

    [Fact]
    public async Task An_assessment_is_signed_by_two_different_assessors_and_both_are_kept()
    {
        var (worker, elder, _) = await HouseholdAsync();
        async Task Refused(object body, string message)
        {
            var response = await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/assessments", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            Assert.Contains("secondAssessor", text, StringComparison.Ordinal);
            Assert.Contains(message, text, StringComparison.Ordinal);
        }

        await Refused(new { scores = Full(), assessedOn = "2026-03-02", assessor = "刘评估" }, "两名评估员共同完成");
        await Refused(new { scores = Full(), assessedOn = "2026-03-02", assessor = "刘评估", secondAssessor = " 刘评估 " }, "不能是同一人");

        Assert.Equal(HttpStatusCode.Created, (await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/assessments", Request(Full(), day: "2026-03-02"))).StatusCode);
        var profile = await worker.GetFromJsonAsync<JsonElement>($"/api/elderly/persons/{elder}");
        Assert.Contains(profile.GetProperty("assessments").EnumerateArray(), a => a.GetProperty("assessor").GetString() == "刘评估、陈评估");
    }

    [Fact]
    public async Task A_comatose_elder_is_rated_lost_and_a_coma_with_consciousness_scored_is_refused()
    {
        var (worker, elder, _) = await HouseholdAsync();
        var contradiction = await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/assessments", Request(Full(), comatose: true, day: "2026-02-02"));
        Assert.Equal(HttpStatusCode.BadRequest, contradiction.StatusCode);
        Assert.Contains("意识水平", await contradiction.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Everything else intact, 意识水平 0: 88 points would be 轻度, but the 2022 standard rates a coma 完全丧失.
        var scores = Full();
        scores[AbilityScoring.ConsciousnessItem] = 0;
        var rated = await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/assessments", Request(scores, comatose: true, day: "2026-02-03"));
        Assert.Equal(HttpStatusCode.Created, rated.StatusCode);
        var body = await rated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(88, body.GetProperty("total").GetInt32());
        Assert.Equal("Lost", body.GetProperty("level").GetString());
    }

    [Fact]
    public async Task An_elder_is_assessed_with_the_level_and_its_explanation_kept_in_their_history()
    {
        var (worker, elder, young) = await HouseholdAsync();
        var list = await worker.GetFromJsonAsync<JsonElement>("/api/elderly/persons?name=周");
        var names = list.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Contains("周桂英", names);
        Assert.DoesNotContain("周小军", names);

        var intact = await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/assessments", Request(Full(), day: "2025-01-10"));
        Assert.Equal(HttpStatusCode.Created, intact.StatusCode);
        Assert.Equal("Intact", (await intact.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("level").GetString());

        // 45 points is 重度; a diagnosed dementia raises it one level, to 完全丧失.
        var scores = Full();
        var remove = 45;
        foreach (var item in AssessmentItems.All)
        {
            var take = Math.Min(remove, item.Max);
            scores[item.Code] -= take;
            remove -= take;
        }

        var worse = await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/assessments", Request(scores, dementia: true));
        var body = await worse.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(45, body.GetProperty("total").GetInt32());
        Assert.Equal("Lost", body.GetProperty("level").GetString());

        var profile = await worker.GetFromJsonAsync<JsonElement>($"/api/elderly/persons/{elder}");
        var history = profile.GetProperty("assessments").EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal("2026-01-15", history[0].GetProperty("assessedOn").GetString());
        Assert.Contains(history[0].GetProperty("explanation").EnumerateArray(), l => l.GetString()!.Contains("确诊痴呆", StringComparison.Ordinal));
        Assert.Equal("2027-01-15", history[0].GetProperty("reassessOn").GetString());
        _ = young;
    }

    [Fact]
    public async Task Categories_are_derived_from_the_household_and_the_assessment_and_the_rest_are_recorded()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var alone = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household("430408001004", ("百岁星", IdNumbers.Next(new DateOnly(1924, 2, 2)), "Head")));
        var household = (await alone.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var elder = (await RegistryClient.DetailAsync(worker, household)).GetProperty("members")[0].GetProperty("id").GetGuid();
        var profile = await worker.GetFromJsonAsync<JsonElement>($"/api/elderly/persons/{elder}");
        Assert.Equal(["独居", "百岁"], profile.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));

        var scores = Full();
        scores["B.1.1"] = 0;
        foreach (var code in new[] { "B.1.2", "B.1.3", "B.1.4", "B.1.5", "B.1.6", "B.1.7", "B.1.8", "B.2.1", "B.2.2" })
        {
            scores[code] = 0;
        }

        await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/assessments", Request(scores)); // 90 − 40 = 50: 中度
        Assert.Equal(HttpStatusCode.NoContent, (await worker.PutAsJsonAsync($"/api/elderly/persons/{elder}/flags", new { leftBehind = false, severelyDisabled = true, familyPlanningSpecial = false })).StatusCode);
        profile = await worker.GetFromJsonAsync<JsonElement>($"/api/elderly/persons/{elder}");
        Assert.Equal(["独居", "失能", "重残", "百岁"], profile.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        var list = await worker.GetFromJsonAsync<JsonElement>("/api/elderly/persons?name=百岁星");
        Assert.Equal(["独居", "失能", "重残", "百岁"], list.GetProperty("items")[0].GetProperty("categories").EnumerateArray().Select(c => c.GetString()));

        Assert.Equal(HttpStatusCode.NotFound, (await (await host.LoginAsync("hongxiang")).PutAsJsonAsync($"/api/elderly/persons/{elder}/flags", new { leftBehind = true })).StatusCode);
    }

    [Fact]
    public async Task Visits_follow_a_plan_and_feed_the_work_plans_monthly_visit_rate()
    {
        var (worker, elder, _) = await HouseholdAsync();
        var noPlan = await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/visits", new { visitedOn = "2022-12-05", method = "Home", visitor = "李探访" });
        Assert.Equal(HttpStatusCode.Conflict, noPlan.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await worker.PutAsJsonAsync($"/api/elderly/persons/{elder}/visit-plan", new { risk = "Key", startsOn = "2022-11-01" })).StatusCode);
        var early = await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/visits", new { visitedOn = "2022-10-30", method = "Home", visitor = "李探访" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("早于探访计划开始日期", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/visits", new { visitedOn = "2022-12-05", method = "Home" })).StatusCode);

        var before = Target(await (await host.LoginAsync("leader")).GetFromJsonAsync<JsonElement>("/api/workplan/plans/2022"));
        Assert.Equal(HttpStatusCode.NoContent, (await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/visits", new { visitedOn = "2022-12-05", method = "Phone", visitor = "李探访", note = "身体尚好" })).StatusCode);
        var view = await worker.GetFromJsonAsync<JsonElement>($"/api/elderly/persons/{elder}/visits");
        Assert.Equal("电话", view.GetProperty("visits")[0].GetProperty("method").GetString());

        // The plan's target 27 is bound to the module's indicator: the December 2022 rate moved with the visit.
        var after = Target(await (await host.LoginAsync("leader")).GetFromJsonAsync<JsonElement>("/api/workplan/plans/2022"));
        Assert.True(after.GetProperty("value").GetDecimal() > (before.GetProperty("value").ValueKind == JsonValueKind.Number ? before.GetProperty("value").GetDecimal() : -1m));
        Assert.Contains("elderly.monthly_visit_rate", after.GetProperty("valueSource").GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await (await host.LoginAsync("hongxiang")).GetAsync($"/api/elderly/persons/{elder}/visits")).StatusCode);

        static JsonElement Target(JsonElement plan) => plan.GetProperty("parts").EnumerateArray().SelectMany(p => p.GetProperty("points").EnumerateArray())
            .SelectMany(p => p.GetProperty("targets").EnumerateArray()).Single(t => t.GetProperty("key").GetString() == "27.monthly-visit-rate");
    }

    [Fact]
    public async Task Bad_assessments_are_refused_and_other_towns_see_nothing()
    {
        var (worker, elder, young) = await HouseholdAsync();
        var scores = Full();
        scores["B.2.4"] = 4;
        var bad = await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/assessments", Request(scores));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("上下楼梯", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var future = await worker.PostAsJsonAsync($"/api/elderly/persons/{elder}/assessments", Request(Full(), day: "2099-01-01"));
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        var tooYoung = await worker.PostAsJsonAsync($"/api/elderly/persons/{young}/assessments", Request(Full()));
        Assert.Equal(HttpStatusCode.Conflict, tooYoung.StatusCode);
        Assert.Contains("60周岁", await tooYoung.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var other = await host.LoginAsync("hongxiang");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/elderly/persons/{elder}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/elderly/persons/{elder}/assessments", Request(Full()))).StatusCode);
        var theirs = await other.GetFromJsonAsync<JsonElement>("/api/elderly/persons?name=周桂英");
        Assert.Equal(0, theirs.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.LoginAsync("partner")).GetAsync($"/api/elderly/persons/{elder}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.LoginAsync("auditor")).PostAsJsonAsync($"/api/elderly/persons/{elder}/assessments", Request(Full()))).StatusCode);

        var profile = await worker.GetFromJsonAsync<JsonElement>($"/api/elderly/persons/{elder}");
        Assert.Equal(0, profile.GetProperty("assessments").GetArrayLength());
    }
}

[Collection("sqlite")]
public sealed class AssessmentApiTestsOnSqlite(SqliteWebHost host) : AssessmentApiTests(host);

[Collection("postgres")]
public sealed class AssessmentApiTestsOnPostgres(PostgresWebHost host) : AssessmentApiTests(host);
