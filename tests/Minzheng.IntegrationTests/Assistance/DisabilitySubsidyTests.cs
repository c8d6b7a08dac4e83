using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.IntegrationTests.Registry;
using Minzheng.TestSupport;
using static Minzheng.IntegrationTests.Assistance.AssistanceClient;

namespace Minzheng.IntegrationTests.Assistance;

/// <summary>
/// The two disability subsidies: applied for one member, decided by the Hunan rules (DOMAIN-RULES §6), paid per person
/// by their own payroll — two disabled members of one household are two payments.
/// </summary>
public abstract class DisabilitySubsidyTests(WebHost host)
{
    private const string Village = "430408002004";
    private const string Town = "430408002";

    private async Task<(HttpClient Worker, HttpClient Officer, Guid Household, Guid[] Members)> HouseholdAsync()
    {
        var worker = await host.LoginAsync("hongxiang");
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household(Village,
            ("残甲", IdNumbers.Next(new DateOnly(1975, 3, 1)), "Head"), ("残乙", IdNumbers.Next(new DateOnly(2001, 3, 1)), "Child")));
        var household = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var members = (await RegistryClient.DetailAsync(worker, household)).GetProperty("members").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ToArray();
        return (worker, await host.LoginAsync("officer"), household, members);
    }

    private static async Task<Guid> ApplyAsync(HttpClient worker, Guid household, string programme, Guid? personId)
    {
        var response = await worker.PostAsJsonAsync("/api/assistance/cases", new { householdId = household, programme, personId, consent = Consent() });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> InvestigateAsync(HttpClient worker, Guid id, Guid person, string kind, int grade, bool card)
    {
        await StepAsync(worker, id, new { action = "RecordVerification", note = "核对无异常" });
        return await StepAsync(worker, id, new
        {
            action = "RecordInvestigation", note = "查验残疾人证", incomes = Array.Empty<object>(),
            assessment = new { members = new[] { new { personId = person, disability = kind, disabilityGrade = grade } }, secondGenerationCard = card },
        });
    }

    private async Task<string> ApproveAsync(HttpClient worker, HttpClient officer, Guid id)
    {
        await StepAsync(worker, id, new { action = "TownApprove" });
        await ClosePublicityAsync(host, worker, id);
        return (await StepAsync(officer, id, new { action = "Approve" })).GetProperty("benefitFrom").GetString()![..7];
    }

    [Fact]
    public async Task Two_severely_disabled_members_each_get_the_care_subsidy_and_are_paid_separately()
    {
        var (worker, officer, household, members) = await HouseholdAsync();
        var first = await ApplyAsync(worker, household, "DisabilityCare", members[0]);
        var second = await ApplyAsync(worker, household, "DisabilityCare", members[1]);
        // The same subsidy twice for one person is refused; a household programme is not blocked by it.
        var twice = await worker.PostAsJsonAsync("/api/assistance/cases", new { householdId = household, programme = "DisabilityCare", personId = members[0], consent = Consent() });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        var a = await InvestigateAsync(worker, first, members[0], "Physical", 1, card: true);
        Assert.Equal("DisabilityCare", a.GetProperty("programmeCode").GetString());
        Assert.Equal(7500, a.GetProperty("monthlyAmountFen").GetInt64());
        var b = await InvestigateAsync(worker, second, members[1], "Intellectual", 2, card: true);
        Assert.Equal(7500, b.GetProperty("monthlyAmountFen").GetInt64());
        var month = await ApproveAsync(worker, officer, first);
        await ApproveAsync(worker, officer, second);

        var run = (await PrepareRunAsync(worker, Town, month, "disability_care")).GetProperty("id").GetGuid();
        var payments = (await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/payroll/runs/{run}")).GetProperty("payments").EnumerateArray()
            .Where(p => p.GetProperty("caseNumber").GetString()!.StartsWith("CH", StringComparison.Ordinal)).ToList();
        var numbers = new[] { a.GetProperty("number").GetString(), b.GetProperty("number").GetString() };
        Assert.Equal(2, payments.Count(p => numbers.Contains(p.GetProperty("caseNumber").GetString())));
        Assert.All(payments.Where(p => numbers.Contains(p.GetProperty("caseNumber").GetString())), p => Assert.Equal(7500, p.GetProperty("amountFen").GetInt64()));
    }

    [Fact]
    public async Task Without_a_second_generation_card_or_below_grade_two_there_is_no_care_subsidy()
    {
        var (worker, _, household, members) = await HouseholdAsync();
        var noCard = await InvestigateAsync(worker, await ApplyAsync(worker, household, "DisabilityCare", members[0]), members[0], "Physical", 1, card: false);
        Assert.Equal(0, noCard.GetProperty("coveredMembers").GetInt32());
        Assert.Contains(noCard.GetProperty("explanation").EnumerateArray(), s => s.GetProperty("text").GetString()!.Contains("第二代残疾人证：否", StringComparison.Ordinal));
        var id = noCard.GetProperty("id").GetGuid();
        var refused = await ActAsync(worker, id, new { action = "TownApprove" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        var grade3 = await InvestigateAsync(worker, await ApplyAsync(worker, household, "DisabilityCare", members[1]), members[1], "Physical", 3, card: true);
        Assert.Equal(0, grade3.GetProperty("monthlyAmountFen").GetInt64());
    }

    [Fact]
    public async Task A_grade_three_intellectual_disability_needing_long_term_care_gets_the_care_subsidy_in_hunan()
    {
        var (worker, _, household, members) = await HouseholdAsync();
        var id = await ApplyAsync(worker, household, "DisabilityCare", members[1]);
        await StepAsync(worker, id, new { action = "RecordVerification", note = "核对无异常" });
        var decided = await StepAsync(worker, id, new
        {
            action = "RecordInvestigation", note = "查验残疾人证，需长期照护", incomes = Array.Empty<object>(),
            assessment = new { members = new[] { new { personId = members[1], disability = "Intellectual", disabilityGrade = 3, longTermCare = true } }, secondGenerationCard = true },
        });
        Assert.Equal(7500, decided.GetProperty("monthlyAmountFen").GetInt64());
        Assert.Contains(decided.GetProperty("explanation").EnumerateArray(), s => s.GetProperty("text").GetString()!.Contains("需长期照护", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_living_subsidy_needs_the_household_on_dibao()
    {
        var (worker, officer, household, members) = await HouseholdAsync();
        var early = await InvestigateAsync(worker, await ApplyAsync(worker, household, "DisabilityLiving", members[0]), members[0], "Mental", 3, card: true);
        Assert.Equal(0, early.GetProperty("monthlyAmountFen").GetInt64());
        Assert.Contains(early.GetProperty("explanation").EnumerateArray(), s => s.GetProperty("text").GetString()!.Contains("低保对象：否", StringComparison.Ordinal));
        await StepAsync(worker, early.GetProperty("id").GetGuid(), new { action = "TownRefuse", reason = "非低保对象" });

        // The household is approved for 低保; now the living subsidy is granted.
        var dibao = await ToPublicityAsync(worker, household, members);
        await ClosePublicityAsync(host, worker, dibao);
        await StepAsync(officer, dibao, new { action = "Approve" });
        var granted = await InvestigateAsync(worker, await ApplyAsync(worker, household, "DisabilityLiving", members[0]), members[0], "Mental", 3, card: true);
        Assert.Equal(7500, granted.GetProperty("monthlyAmountFen").GetInt64());
        Assert.Equal("DisabilityLiving", granted.GetProperty("programmeCode").GetString());

        // Granted, then the household's 低保 stops: the 生活补贴 stops from the same month, with its own decision.
        var subsidy = granted.GetProperty("id").GetGuid();
        await StepAsync(worker, subsidy, new { action = "TownApprove" });
        await ClosePublicityAsync(host, worker, subsidy);
        await StepAsync(officer, subsidy, new { action = "Approve" });
        var stopFrom = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddMonths(2).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var stopped = await officer.PostAsJsonAsync($"/api/assistance/cases/{dibao}/benefit", new { action = "Stop", fromMonth = stopFrom, reason = "家庭收入超过低保标准" });
        Assert.True(stopped.IsSuccessStatusCode, await stopped.Content.ReadAsStringAsync());
        var after = await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{subsidy}");
        Assert.Equal("Stopped", after.GetProperty("statusCode").GetString());
        Assert.Equal(stopFrom, after.GetProperty("stopFrom").GetString());
        Assert.Contains("困难残疾人生活补贴同时停发", after.GetProperty("changes")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_living_subsidy_follows_the_applicants_own_dibao_and_an_orphan_is_protected_as_an_orphan_instead()
    {
        var worker = await host.LoginAsync("hongxiang");
        var officer = await host.LoginAsync("officer");
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household(Village,
            ("边甲", IdNumbers.Next(new DateOnly(1980, 3, 1)), "Head"), ("边乙", IdNumbers.Next(new DateOnly(2000, 3, 1)), "Child"), ("孤丙", IdNumbers.Next(new DateOnly(2015, 3, 1)), "Other")));
        var household = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var members = (await RegistryClient.DetailAsync(worker, household)).GetProperty("members").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ToArray();

        // An 边缘 household (2100 ÷ 3 = 700) whose grade-2 member is on 单人保.
        var single = await ApplyAsync(worker, household, "Dibao", null);
        await StepAsync(worker, single, new { action = "RecordVerification", note = "核对无异常" });
        var routed = await StepAsync(worker, single, new
        {
            action = "RecordInvestigation", note = "边缘家庭", incomes = new[] { new { personId = members[0], type = "Wage", monthlyYuan = 2100m } },
            assessment = new { members = new[] { new { personId = members[1], disability = "Physical", disabilityGrade = 2 } } },
        });
        Assert.True(routed.GetProperty("householdEdge").GetBoolean());
        await StepAsync(worker, single, new { action = "TownApprove" });
        await ClosePublicityAsync(host, worker, single);
        await StepAsync(officer, single, new { action = "Approve" });

        // The head (not on 单人保) gets no 生活补贴; the member on 单人保 does.
        var head = await InvestigateAsync(worker, await ApplyAsync(worker, household, "DisabilityLiving", members[0]), members[0], "Hearing", 3, card: true);
        Assert.Equal(0, head.GetProperty("monthlyAmountFen").GetInt64());
        var covered = await InvestigateAsync(worker, await ApplyAsync(worker, household, "DisabilityLiving", members[1]), members[1], "Physical", 2, card: true);
        Assert.Equal(7500, covered.GetProperty("monthlyAmountFen").GetInt64());

        // A child who is an orphan: 孤儿基本生活保障, not the 生活补贴.
        var orphanCase = await ApplyAsync(worker, household, "DisabilityLiving", members[2]);
        await StepAsync(worker, orphanCase, new { action = "RecordVerification", note = "核对无异常" });
        var orphan = await StepAsync(worker, orphanCase, new
        {
            action = "RecordInvestigation", note = "父母双亡", incomes = Array.Empty<object>(),
            assessment = new { members = new[] { new { personId = members[2], disability = "Intellectual", disabilityGrade = 2, orphan = true } }, secondGenerationCard = true },
        });
        Assert.Equal(0, orphan.GetProperty("monthlyAmountFen").GetInt64());
        Assert.Contains(orphan.GetProperty("explanation").EnumerateArray(), s => s.GetProperty("text").GetString()!.Contains("已纳入孤儿基本生活保障", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Where_the_district_extends_the_living_subsidy_to_edge_households_a_recognised_edge_member_gets_it()
    {
        const string EdgeVillage = "430408002006";
        await host.AsAsync(Minzheng.Platform.Identity.Roles.DistrictOfficer, "430408", async sp =>
        {
            var admin = sp.GetRequiredService<Minzheng.Platform.Settings.SettingsAdmin>();
            if (!(await admin.ListAsync(EdgeVillage)).Single(r => r.Definition.Key == "disability.living_includes_edge").Versions.Any(v => v.RegionCode == EdgeVillage))
            {
                await admin.AddVersionAsync(new Minzheng.Platform.Settings.NewSettingVersion { Key = "disability.living_includes_edge", RegionCode = EdgeVillage, EffectiveFrom = new DateOnly(2020, 1, 1), Value = "1", Source = "测试：生活补贴扩大到低保边缘家庭" });
            }

            return 0;
        });
        var worker = await host.LoginAsync("hongxiang");
        var officer = await host.LoginAsync("officer");
        var created = await worker.PostAsJsonAsync("/api/registry/households", RegistryClient.Household(EdgeVillage,
            ("缘甲", IdNumbers.Next(new DateOnly(1978, 3, 1)), "Head"), ("缘乙", IdNumbers.Next(new DateOnly(1980, 3, 1)), "Spouse")));
        var household = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var members = (await RegistryClient.DetailAsync(worker, household)).GetProperty("members").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ToArray();
        var edge = await ApplyAsync(worker, household, "Edge", null);
        await StepAsync(worker, edge, new { action = "RecordVerification", note = "核对无异常" });
        var routed = await StepAsync(worker, edge, new { action = "RecordInvestigation", note = "边缘家庭", incomes = new[] { new { personId = members[0], type = "Wage", monthlyYuan = 1400m } } });
        Assert.Equal("Edge", routed.GetProperty("programmeCode").GetString());
        await StepAsync(worker, edge, new { action = "TownApprove" });
        await ClosePublicityAsync(host, worker, edge);
        await StepAsync(officer, edge, new { action = "Approve" });

        var living = await InvestigateAsync(worker, await ApplyAsync(worker, household, "DisabilityLiving", members[1]), members[1], "Hearing", 3, card: true);
        Assert.Equal(7500, living.GetProperty("monthlyAmountFen").GetInt64());
    }

    [Fact]
    public async Task A_household_whose_only_benefit_is_a_care_subsidy_is_monitored()
    {
        var (worker, officer, household, members) = await HouseholdAsync();
        var care = await InvestigateAsync(worker, await ApplyAsync(worker, household, "DisabilityCare", members[1]), members[1], "Physical", 1, card: true);
        var id = care.GetProperty("id").GetGuid();
        await StepAsync(worker, id, new { action = "TownApprove" });
        await ClosePublicityAsync(host, worker, id);
        await StepAsync(officer, id, new { action = "Approve" });

        Assert.Equal("disability_subsidy", Assert.Single(await CoveredAsync(host), c => c.HouseholdId == household).Programme);
    }

    [Fact]
    public async Task A_subsidy_needs_a_living_member_of_the_household()
    {
        var (worker, _, household, _) = await HouseholdAsync();
        foreach (var person in new Guid?[] { null, Guid.NewGuid() })
        {
            var response = await worker.PostAsJsonAsync("/api/assistance/cases", new { householdId = household, programme = "DisabilityLiving", personId = person, consent = Consent() });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("personId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}

[Collection("sqlite")]
public sealed class DisabilitySubsidyTestsOnSqlite(SqliteWebHost host) : DisabilitySubsidyTests(host);

[Collection("postgres")]
public sealed class DisabilitySubsidyTestsOnPostgres(PostgresWebHost host) : DisabilitySubsidyTests(host);
