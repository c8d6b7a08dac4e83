using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.IntegrationTests.Registry;
using Minzheng.TestSupport;
using static Minzheng.IntegrationTests.Assistance.AssistanceClient;

namespace Minzheng.IntegrationTests.Assistance;

/// <summary>疑似漏保: households of elders and children only, not covered, listed for their town until applied for or checked.</summary>
public abstract class CoverageGapTests(WebHost host)
{
    private const string Village = "430408001008";

    private static DateOnly Born(int age) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddYears(-age).AddDays(-30);

    private static async Task<Guid> HouseholdAsync(HttpClient worker, params int[] ages)
    {
        var members = ages.Select((age, i) => (Name: $"漏保{i}", Id: IdNumbers.Next(Born(age)), Relation: i == 0 ? "Head" : "Child")).ToArray();
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household(Village, members));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<Dictionary<Guid, JsonElement>> ListedAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/assistance/gaps?region={Village}")).GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("householdId").GetGuid());

    [Fact]
    public async Task Households_without_working_age_members_are_listed_until_applied_for_or_checked()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var elder = await HouseholdAsync(worker, 75);
        var grandparentAndChild = await HouseholdAsync(worker, 70, 10);
        var working = await HouseholdAsync(worker, 40, 70);
        var onTheEdge = await HouseholdAsync(worker, 60, 15); // 60 and 15 are both outside 16–59
        var justWorking = await HouseholdAsync(worker, 80, 16);
        var stillWorking = await HouseholdAsync(worker, 59);

        var listed = await ListedAsync(worker);
        Assert.Contains(elder, listed.Keys);
        Assert.Contains(onTheEdge, listed.Keys);
        Assert.DoesNotContain(working, listed.Keys);
        Assert.DoesNotContain(justWorking, listed.Keys);
        Assert.DoesNotContain(stillWorking, listed.Keys);
        Assert.Equal(10, listed[grandparentAndChild].GetProperty("youngest").GetInt32());
        Assert.Equal(70, listed[grandparentAndChild].GetProperty("oldest").GetInt32());
        Assert.Empty(await ListedAsync(await host.LoginAsync("hongxiang")));

        // Issue 20.11: the list pages — every household once across the pages, the total the same on each.
        var total = listed.Count;
        var paged = new List<Guid>();
        for (var page = 1; page <= total; page++)
        {
            var one = await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/gaps?region={Village}&page={page}&size=1");
            Assert.Equal(total, one.GetProperty("total").GetInt32());
            paged.AddRange(one.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("householdId").GetGuid()));
        }

        Assert.Equal(listed.Keys.Order(), paged.Order());

        // Applied for: covered.
        await NewCaseAsync(worker, elder);
        Assert.DoesNotContain(elder, (await ListedAsync(worker)).Keys);

        // Checked and not in need: off the list, with the reason; only the town or village checks, within its regions.
        string Dismiss(Guid id) => $"/api/assistance/gaps/{id}/dismiss";
        Assert.Equal(HttpStatusCode.BadRequest, (await worker.PostAsJsonAsync(Dismiss(grandparentAndChild), new { reason = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await host.LoginAsync("hongxiang")).PostAsJsonAsync(Dismiss(grandparentAndChild), new { reason = "越权核实" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.LoginAsync("officer")).PostAsJsonAsync(Dismiss(grandparentAndChild), new { reason = "区里核实" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await worker.PostAsJsonAsync(Dismiss(grandparentAndChild), new { reason = "子女在外务工，按月赡养" })).StatusCode);
        listed = await ListedAsync(worker);
        Assert.DoesNotContain(grandparentAndChild, listed.Keys);
        Assert.Contains(onTheEdge, listed.Keys);
    }

    [Fact]
    public async Task Households_with_a_severely_disabled_member_or_a_disabled_elder_are_listed_with_why_until_covered()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var officer = await host.LoginAsync("officer");
        async Task<Guid[]> MembersAsync(Guid household) =>
            [.. (await RegistryClient.DetailAsync(worker, household)).GetProperty("members").EnumerateArray().Select(m => m.GetProperty("id").GetGuid())];

        // A working-age son and a 75-year-old mother assessed as having lost ability: listed for the elder.
        var withElder = await HouseholdAsync(worker, 45, 75);
        var mother = (await MembersAsync(withElder))[1];
        var scores = Minzheng.Elderly.Domain.Assessment.AssessmentItems.All.ToDictionary(i => i.Code, _ => 0);
        var assessed = await worker.PostAsJsonAsync($"/api/elderly/persons/{mother}/assessments",
            new { scores, dementia = false, otherMentalDisorder = false, careRiskEvents = 0, comatose = false, assessedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)), assessor = "刘评估", secondAssessor = "陈评估" });
        Assert.True(assessed.StatusCode == HttpStatusCode.Created, await assessed.Content.ReadAsStringAsync());

        // A working-age couple, one of them grade-1 disabled and granted the care subsidy: a subsidy is not cover.
        var (withDisabled, _) = await CareSubsidyHouseholdAsync(worker, officer);

        var working = await HouseholdAsync(worker, 45, 20); // no such need: not listed

        var listed = await ListedAsync(worker);
        Assert.Equal(["失能老人（能力完全丧失（完全失能））"], listed[withElder].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["有重度残疾人（享受重度残疾人护理补贴）"], listed[withDisabled].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(2, listed[withDisabled].GetProperty("livingMembers").GetInt32());
        Assert.DoesNotContain(working, listed.Keys);
        Assert.DoesNotContain(withElder, (await ListedAsync(await host.LoginAsync("hongxiang"))).Keys);

        // Applied for 低保: covered, off the list.
        await NewCaseAsync(worker, withDisabled);
        Assert.DoesNotContain(withDisabled, (await ListedAsync(worker)).Keys);
    }

    [Fact]
    public async Task A_household_with_an_open_medical_warning_and_no_cover_is_listed_with_the_warning()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var officer = await host.LoginAsync("officer");
        // Monitored for its member's care subsidy; a heavy medical bill in the last year raises an early warning.
        var (household, idNumber) = await CareSubsidyHouseholdAsync(worker, officer);
        var year = 2100 + Random.Shared.Next(0, 800); // a period of its own; the bill within its year
        await Monitoring.MonitoringClient.UploadOkAsync(officer, "medical", $"id_number,settled_on,total_yuan,out_of_pocket_yuan\n{idNumber},{year}-02-10,60000,35000\n");
        await Monitoring.MonitoringClient.RunAsync(officer, $"{year}-03");

        var reasons = (await ListedAsync(worker))[household].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.Contains("有重度残疾人（享受重度残疾人护理补贴）", reasons);
        Assert.Contains(reasons, r => r.StartsWith("支出型预警：医疗支出大", StringComparison.Ordinal) && r.Contains("35000.00 元", StringComparison.Ordinal));
    }

    /// <summary>A working-age couple in the village whose second member (grade-1 physical disability) is granted the care subsidy.</summary>
    private async Task<(Guid Household, string DisabledIdNumber)> CareSubsidyHouseholdAsync(HttpClient worker, HttpClient officer)
    {
        var disabledId = IdNumbers.Next(Born(38));
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household(Village, ("护理甲", IdNumbers.Next(Born(40)), "Head"), ("护理乙", disabledId, "Spouse")));
        var household = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var disabled = (await RegistryClient.DetailAsync(worker, household)).GetProperty("members").EnumerateArray()
            .Single(m => m.GetProperty("name").GetString() == "护理乙").GetProperty("id").GetGuid();
        var care = await worker.PostAsJsonAsync("/api/assistance/cases", new { householdId = household, programme = "DisabilityCare", personId = disabled, consent = Consent() });
        Assert.True(care.StatusCode == HttpStatusCode.Created, await care.Content.ReadAsStringAsync());
        var careId = (await care.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await StepAsync(worker, careId, new { action = "RecordVerification", note = "核对无异常" });
        await StepAsync(worker, careId, new
        {
            action = "RecordInvestigation", note = "查验残疾人证", incomes = Array.Empty<object>(),
            assessment = new { members = new[] { new { personId = disabled, disability = "Physical", disabilityGrade = 1 } }, secondGenerationCard = true },
        });
        await StepAsync(worker, careId, new { action = "TownApprove" });
        await ClosePublicityAsync(host, worker, careId);
        await StepAsync(officer, careId, new { action = "Approve" });
        return (household, disabledId);
    }
}

[Collection("sqlite")]
public sealed class CoverageGapTestsOnSqlite(SqliteWebHost host) : CoverageGapTests(host);

[Collection("postgres")]
public sealed class CoverageGapTestsOnPostgres(PostgresWebHost host) : CoverageGapTests(host);
