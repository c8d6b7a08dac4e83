using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using static Minzheng.IntegrationTests.Assistance.AssistanceClient;

namespace Minzheng.IntegrationTests.Assistance;

/// <summary>Dynamic management: reviews, 增发/减发, 渐退, 停发, suspension — by the right role, read by the payroll.</summary>
public abstract class BenefitManagementTests(WebHost host)
{
    private const string Village = "430408002005"; // a town of its own: payroll tests approve 430408001's months

    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, Guid id, object body) => client.PostAsJsonAsync($"/api/assistance/cases/{id}/benefit", body);

    private static async Task<JsonElement> DecideOkAsync(HttpClient client, Guid id, object body)
    {
        var response = await DecideAsync(client, id, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement;
    }

    private static string Today() => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string MonthAfter(string month, int n) =>
        DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(n).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private async Task<(HttpClient Worker, HttpClient Officer, Guid Case, Guid Household, string Month)> ApprovedAsync()
    {
        var worker = await host.LoginAsync("hongxiang");
        var officer = await host.LoginAsync("officer");
        var (household, _, month, id) = await ApprovedWithCaseAsync(host, worker, officer, Village);
        return (worker, officer, id, household, month);
    }

    [Fact]
    public async Task An_approved_case_is_scheduled_for_review_and_reviewed_by_its_town()
    {
        var (worker, officer, id, _, month) = await ApprovedAsync();
        var detail = await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}");
        var due = DateOnly.Parse(detail.GetProperty("nextReviewOn").GetString()!, CultureInfo.InvariantCulture);
        var from = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Contains(due, new[] { from.AddMonths(6), from.AddMonths(12) });
        Assert.Contains("Review", detail.GetProperty("myBenefitActions").EnumerateArray().Select(a => a.GetString()));

        Assert.Equal(HttpStatusCode.Forbidden, (await DecideAsync(officer, id, new { action = "Review", reason = "复核情况属实" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await DecideAsync(worker, id, new { action = "Review", reason = "" })).StatusCode);
        var reviewed = await DecideOkAsync(worker, id, new { action = "Review", reason = "入户复核：家庭收入无变化" });
        Assert.True(DateOnly.Parse(reviewed.GetProperty("nextReviewOn").GetString()!, CultureInfo.InvariantCulture) > DateOnly.Parse(Today(), CultureInfo.InvariantCulture));
        Assert.Contains(reviewed.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("step").GetString() == "复核");

        var other = await host.LoginAsync("zhengxiang");
        Assert.Equal(HttpStatusCode.NotFound, (await DecideAsync(other, id, new { action = "Review", reason = "越权复核" })).StatusCode);
    }

    [Fact]
    public async Task Amount_changes_suspensions_and_stops_are_decided_by_the_right_role_and_read_by_the_payroll()
    {
        var (worker, officer, id, household, month) = await ApprovedAsync();
        var amount = (await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}")).GetProperty("monthlyAmountFen").GetInt64();
        var later = MonthAfter(month, 1);

        // 减发 from the second month: the district decides (not delegated here); the past is not rewritten.
        Assert.Equal(HttpStatusCode.Forbidden, (await DecideAsync(worker, id, new { action = "ChangeAmount", fromMonth = later, amountYuan = 100m, reason = "收入增加" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await DecideAsync(officer, id, new { action = "ChangeAmount", fromMonth = "2020-01", amountYuan = 100m, reason = "收入增加" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await DecideAsync(officer, id, new { action = "ChangeAmount", fromMonth = later, amountYuan = amount / 100m, reason = "无变化" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await DecideAsync(officer, id, new { action = "ChangeAmount", fromMonth = later, amountYuan = -5m, reason = "收入增加" })).StatusCode);
        var changed = await DecideOkAsync(officer, id, new { action = "ChangeAmount", fromMonth = later, amountYuan = 123.45m, reason = "配偶就业，收入增加" });
        Assert.Contains(changed.GetProperty("changes").EnumerateArray(), c => c.GetProperty("amountFen").GetInt64() == 12345 && c.GetProperty("fromMonth").GetString() == later);

        // The payroll pays the approved amount in the first month and the new one after.
        Assert.Equal(amount, await PaidAsync(worker, household, month));
        Assert.Equal(12345, await PaidAsync(worker, household, later));

        // Suspended (town): not on the payroll; resumed: back. Resume of an approved case is refused.
        Assert.Equal(HttpStatusCode.Conflict, (await DecideAsync(worker, id, new { action = "Resume", reason = "恢复" })).StatusCode);
        await DecideOkAsync(worker, id, new { action = "Suspend", reason = "户主外出务工，待核实" });
        Assert.Null(await PaidAsync(worker, household, MonthAfter(month, 2)));
        Assert.Equal("Suspended", (await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}")).GetProperty("statusCode").GetString());
        await DecideOkAsync(worker, id, new { action = "Resume", reason = "核实后恢复" });

        // 停发 from the fourth month: paid before it, not from it; decisions that change what is paid reach the ledger.
        var stop = MonthAfter(month, 3);
        var stopped = await DecideOkAsync(officer, id, new { action = "Stop", fromMonth = stop, reason = "家庭收入超过低保标准" });
        Assert.Equal("Stopped", stopped.GetProperty("statusCode").GetString());
        Assert.Equal(12345, await PaidAsync(worker, household, MonthAfter(month, 2)));
        Assert.Null(await PaidAsync(worker, household, stop));
        Assert.Equal(HttpStatusCode.Conflict, (await DecideAsync(officer, id, new { action = "Stop", fromMonth = stop, reason = "重复停发" })).StatusCode);
        var number = stopped.GetProperty("number").GetString()!;
        var events = await OutboxAsync("assistance.change");
        Assert.Equal(2, events.Count(e => e.Contains(number, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_gradual_exit_pays_the_set_number_of_months_then_stops()
    {
        var (_, officer, id, _, _) = await ApprovedAsync();
        var exit = await DecideOkAsync(officer, id, new { action = "GradualExit", reason = "就业后收入超过标准，给予渐退期" });
        var today = DateOnly.Parse(Today(), CultureInfo.InvariantCulture);
        Assert.Equal(new DateOnly(today.Year, today.Month, 1).AddMonths(4).ToString("yyyy-MM", CultureInfo.InvariantCulture), exit.GetProperty("stopFrom").GetString()); // 3 months by default
        Assert.Equal("Approved", exit.GetProperty("statusCode").GetString());
    }

    [Fact]
    public async Task A_death_found_by_the_monthly_match_recomputes_the_household_once_and_brings_its_review_forward()
    {
        var (worker, officer, id, _, _) = await ApprovedAsync();
        var detail = await RegistryMembersAsync(id);
        var head = detail.HeadId;
        var before = (await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}")).GetProperty("monthlyAmountFen").GetInt64();
        await Monitoring.MonitoringClient.UploadOkAsync(officer, "deaths", $"id_number,death_date\n{head},2026-01-05\n");
        var period = $"{2060 + Random.Shared.Next(0, 900)}-01";
        await Monitoring.MonitoringClient.RunAsync(officer, period);

        // The finding reaches social assistance as an event (in the same transaction as its alert), handled by its
        // subscriber: the household's 低保 is recomputed for the spouse alone, paid from next month; not held.
        const string Step = "家庭成员死亡：重新计算";
        async Task<JsonElement> CaseAsync() => await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}");
        static int Recomputed(JsonElement c) => c.GetProperty("timeline").EnumerateArray().Count(t => t.GetProperty("step").GetString() == Step);
        await Infrastructure.Eventually.AssertAsync(async () => Recomputed(await CaseAsync()) == 1, async () => Assert.Equal(1, Recomputed(await CaseAsync())));
        var recomputed = await CaseAsync();
        Assert.Equal("Approved", recomputed.GetProperty("statusCode").GetString());
        var note = recomputed.GetProperty("timeline").EnumerateArray().Single(t => t.GetProperty("step").GetString() == Step).GetProperty("note").GetString()!;
        var next = DateOnly.Parse(Today(), CultureInfo.InvariantCulture).AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        Assert.Contains($"减发：自 {next} 起 {new Minzheng.Kernel.Money.Money(before)} →", note, StringComparison.Ordinal);
        Assert.Contains("按其余 1 人计算", note, StringComparison.Ordinal);
        Assert.Equal(Today(), recomputed.GetProperty("nextReviewOn").GetString()); // the town reviews the household now
        var reviews = await worker.GetFromJsonAsync<JsonElement>("/api/assistance/reviews");
        Assert.Contains(reviews.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);

        // Running the month again raises nothing new: the household is not recomputed a second time.
        await Monitoring.MonitoringClient.RunAsync(officer, period);
        await Task.Delay(1000); // the subscriber's pass (every 0.2 s here) would have acted again by now
        Assert.Equal(1, Recomputed(await CaseAsync()));
    }

    [Fact]
    public async Task A_death_recorded_in_the_registry_pays_the_household_less_from_next_month()
    {
        var (worker, officer, id, household, _) = await ApprovedAsync();
        var members = (await Registry.RegistryClient.DetailAsync(worker, household)).GetProperty("members").EnumerateArray().ToList();
        var spouse = members.Single(m => m.GetProperty("name").GetString() == "孙七").GetProperty("id").GetGuid();
        var before = (await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}")).GetProperty("monthlyAmountFen").GetInt64();
        var died = await worker.PostAsJsonAsync($"/api/registry/persons/{spouse}/status", new { status = "Deceased", date = Today(), note = "公安死亡注销" });
        Assert.True(died.IsSuccessStatusCode, await died.Content.ReadAsStringAsync());

        // The registry's event reaches social assistance: the head alone (300 元 wage) is paid from next month (the payroll
        // reads a 增发/减发 from its month on, as the amount-change test shows).
        var next = DateOnly.Parse(Today(), CultureInfo.InvariantCulture).AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        async Task<JsonElement?> ChangeAsync() => (await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}")).GetProperty("changes").EnumerateArray()
            .Where(c => c.GetProperty("fromMonth").GetString() == next && c.GetProperty("amountFen").ValueKind == JsonValueKind.Number).Cast<JsonElement?>().FirstOrDefault();
        await Infrastructure.Eventually.AssertAsync(async () => await ChangeAsync() is not null, async () => Assert.NotNull(await ChangeAsync()));
        var after = (await ChangeAsync())!.Value.GetProperty("amountFen").GetInt64();
        Assert.Equal(30200, after); // the shipped urban standard 602 − the head's 300
        Assert.True(after < before);
        Assert.Equal("Approved", (await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}")).GetProperty("statusCode").GetString());

        // The change is a 减发 published to the ledger, with the programme it belongs to.
        var number = (await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/cases/{id}")).GetProperty("number").GetString()!;
        var events = await OutboxAsync("assistance.change");
        var change = Assert.Single(events, e => e.Contains(number, StringComparison.Ordinal));
        Assert.Contains($"\"monthlyFen\":{after}", change, StringComparison.Ordinal);
        Assert.Contains("\"programme\":\"dibao\"", change, StringComparison.Ordinal);
    }

    /// <summary>What the payroll of a month pays the household (prepared by the town), or null when nothing.</summary>
    private static async Task<long?> PaidAsync(HttpClient worker, Guid household, string month)
    {
        var run = (await AssistanceClient.PrepareRunAsync(worker, "430408002", month)).GetProperty("id").GetGuid();
        var payments = (await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/payroll/runs/{run}")).GetProperty("payments").EnumerateArray();
        var number = (await Registry.RegistryClient.DetailAsync(worker, household)).GetProperty("number").GetString();
        var mine = payments.Where(p => p.GetProperty("householdNumber").GetString() == number && p.GetProperty("month").GetString() == month).ToList();
        return mine.Count == 0 ? null : mine.Single().GetProperty("amountFen").GetInt64();
    }

    private async Task<(string HeadId, Guid Household)> RegistryMembersAsync(Guid caseId)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Access.CurrentUser>().ActAsSystem("test");
        var household = await scope.ServiceProvider.GetRequiredService<Minzheng.Assistance.Data.AssistanceDbContext>().Cases.Where(c => c.Id == caseId).Select(c => c.HouseholdId).SingleAsync();
        var payees = await scope.ServiceProvider.GetRequiredService<Minzheng.Registry.Contracts.IPayees>().ForPaymentAsync([household], Minzheng.Registry.Contracts.PayeeFields.IdNumber, "测试：取户主身份证号");
        return (payees[household].HeadIdNumber!, household);
    }

    private async Task<List<string>> OutboxAsync(string type)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Access.CurrentUser>().ActAsSystem("test");
        return await scope.ServiceProvider.GetRequiredService<Minzheng.Assistance.Data.AssistanceDbContext>().Outbox.Where(m => m.EventType == type).Select(m => m.Payload).ToListAsync();
    }
}

[Collection("sqlite")]
public sealed class BenefitManagementTestsOnSqlite(SqliteWebHost host) : BenefitManagementTests(host);

[Collection("postgres")]
public sealed class BenefitManagementTestsOnPostgres(PostgresWebHost host) : BenefitManagementTests(host);
