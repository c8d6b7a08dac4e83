using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Kernel.Calendar;
using Minzheng.Platform.Identity;
using Minzheng.Platform.Settings;
using static Minzheng.IntegrationTests.Assistance.AssistanceClient;

namespace Minzheng.IntegrationTests.Assistance;

/// <summary>
/// The whole case's time limit (issue 18.7): 30 working days from 受理 (a setting), the step deadlines held within it,
/// the 公示 added where the community's setting does not count it inside, and one extension with its reason by whoever
/// decides the case. Village 430408002003 (红湘街道) counts its 7-day 公示 outside the limit.
/// </summary>
public abstract class CaseTimeLimitTests(WebHost host)
{
    private const string Village = "430408002003";

    private static DateOnly Date(JsonElement detail, string name) => DateOnly.Parse(detail.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);

    private Task<int> PublicityOutsideTheLimitAsync() => host.AsAsync(Roles.DistrictOfficer, "430408", async sp =>
    {
        var admin = sp.GetRequiredService<SettingsAdmin>();
        if (!(await admin.ListAsync(Village)).Single(r => r.Definition.Key == "assist.deadline.total_includes_publicity").Versions.Any(v => v.RegionCode == Village))
        {
            await admin.AddVersionAsync(new NewSettingVersion { Key = "assist.deadline.total_includes_publicity", RegionCode = Village, EffectiveFrom = new DateOnly(2020, 1, 1), Value = "0", Source = "测试：公示期不计入办结时限" });
        }

        return 0;
    });

    [Fact]
    public async Task A_case_is_limited_to_thirty_working_days_from_acceptance_and_the_deciding_officer_extends_it_once_with_a_reason()
    {
        await PublicityOutsideTheLimitAsync();
        var worker = await host.LoginAsync("hongxiang");
        var officer = await host.LoginAsync("officer");
        var (household, members) = await HouseholdAsync(worker, Village);
        var id = await NewCaseAsync(worker, household);

        var today = Today();
        var detail = await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}");
        Assert.Equal(today, Date(detail, "acceptedOn"));
        var limit = WorkingDayCalendar.Default.AddWorkingDays(today, 30);
        Assert.Equal(limit, Date(detail, "totalDueOn"));
        Assert.True(Date(detail, "dueOn") <= limit);
        Assert.False(detail.GetProperty("mayExtend").GetBoolean()); // the town worker does not decide the case

        // Who may extend, and with what.
        var byTown = await worker.PostAsJsonAsync($"/api/assistance/cases/{id}/extension", new { reason = "需补充调查材料" });
        Assert.Equal(HttpStatusCode.Forbidden, byTown.StatusCode);
        var noReason = await officer.PostAsJsonAsync($"/api/assistance/cases/{id}/extension", new { reason = "补" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("请写明延长的特殊情况", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(limit, Date(await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}"), "totalDueOn"));

        var extended = await officer.PostAsJsonAsync($"/api/assistance/cases/{id}/extension", new { reason = "申请人住院，入户调查须待其出院" });
        Assert.True(extended.StatusCode == HttpStatusCode.OK, await extended.Content.ReadAsStringAsync());
        var after = await extended.Content.ReadFromJsonAsync<JsonElement>();
        var longer = WorkingDayCalendar.Default.AddWorkingDays(today, 30 + 15); // counted from 受理 again
        Assert.Equal(longer, Date(after, "totalDueOn"));
        Assert.Equal("申请人住院，入户调查须待其出院", after.GetProperty("extensionReason").GetString());
        Assert.Contains(after.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("step").GetString() == "延长办理时限");
        var again = await officer.PostAsJsonAsync($"/api/assistance/cases/{id}/extension", new { reason = "再次延长的理由" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("不能再次延长", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The 公示 (7 days here) is outside this community's limit: the limit moves by its working days.
        await StepAsync(worker, id, new { action = "RecordVerification", note = "核对无异常" });
        await StepAsync(worker, id, new { action = "RecordInvestigation", note = "入户调查属实", incomes = new[] { new { personId = members[0], type = "Wage", monthlyYuan = 300m } } });
        var publicity = await StepAsync(worker, id, new { action = "TownApprove", note = "初审同意" });
        var ends = Date(publicity, "publicityEndsOn");
        Assert.Equal(WorkingDayCalendar.Default.AddWorkingDays(today, 45 + WorkingDayCalendar.Default.WorkingDaysBetween(today, ends)), Date(publicity, "totalDueOn"));

        // Not overdue: the overdue list (step or whole-case limit) leaves it out.
        var overdue = await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases?overdue=true&region={Village}&size=100");
        Assert.DoesNotContain(overdue.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
    }
}

[Collection("sqlite")]
public sealed class CaseTimeLimitTestsOnSqlite(SqliteWebHost host) : CaseTimeLimitTests(host);

[Collection("postgres")]
public sealed class CaseTimeLimitTestsOnPostgres(PostgresWebHost host) : CaseTimeLimitTests(host);
