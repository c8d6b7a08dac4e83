using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Minzheng.IntegrationTests.Infrastructure;
using static Minzheng.IntegrationTests.Assistance.AssistanceClient;

namespace Minzheng.IntegrationTests.Assistance;

/// <summary>Payroll: one payment per household and month whatever is re-run; two people; bank files; returns; re-issue.</summary>
public abstract class PayrollTests(WebHost host)
{
    private const string Village = "430408001003";
    private const string Town = "430408001";

    private Task<(Guid Household, string HeadId, string Month)> ApprovedAsync(HttpClient worker, HttpClient officer) => ApprovedCaseAsync(host, worker, officer, Village);

    private static Task<JsonElement> PrepareAsync(HttpClient client, string month) => PrepareRunAsync(client, Town, month);

    private static async Task<List<JsonElement>> PaymentsAsync(HttpClient client, Guid run) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/assistance/payroll/runs/{run}")).GetProperty("payments").EnumerateArray().ToList();

    [Fact]
    public async Task A_month_is_paid_once_approved_by_a_second_person_exported_per_bank_and_a_returned_payment_is_re_issued()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var officer = await host.LoginAsync("officer");
        var a = await ApprovedAsync(worker, officer);
        var b = await ApprovedAsync(worker, officer);
        var month = a.Month;

        var run = await PrepareAsync(worker, month);
        var runId = run.GetProperty("id").GetGuid();
        var payments = await PaymentsAsync(worker, runId);
        foreach (var household in new[] { a.Household, b.Household })
        {
            var p = Assert.Single(payments, x => Owner(x) == household);
            Assert.Equal("Pending", p.GetProperty("status").GetString());
            Assert.Equal(month, p.GetProperty("month").GetString());
            Assert.True(p.GetProperty("amountFen").GetInt64() > 0);
        }

        // Again (a double click, a crash and a restart): the same payments, no second one.
        var again = await PrepareAsync(worker, month);
        Assert.Equal(run.GetProperty("payments").GetInt32(), again.GetProperty("payments").GetInt32());
        Assert.Equal(payments.Count, (await PaymentsAsync(worker, runId)).Count);

        // Not by the town, not by the person who prepared it.
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostAsync($"/api/assistance/payroll/runs/{runId}/approve", null)).StatusCode);
        var leader = await host.LoginAsync("leader");
        var approvals = await Task.WhenAll(officer.PostAsync($"/api/assistance/payroll/runs/{runId}/approve", null), leader.PostAsync($"/api/assistance/payroll/runs/{runId}/approve", null));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], approvals.Select(r => r.StatusCode).Order());
        Assert.Equal(HttpStatusCode.Conflict, (await worker.PostAsJsonAsync("/api/assistance/payroll/runs", new { town = Town, month })).StatusCode);

        payments = await PaymentsAsync(worker, runId);
        var mine = payments.Single(p => Owner(p) == a.Household);
        Assert.Equal("Approved", mine.GetProperty("status").GetString());
        var receipt = await worker.GetFromJsonAsync<JsonElement>($"/api/assistance/payroll/payments/{mine.GetProperty("id").GetGuid()}/receipt");
        var salt = Convert.FromHexString(receipt.GetProperty("salt").GetString()!);
        Assert.Equal(Minzheng.Platform.Security.Sm3Checksum.Hex([.. salt, .. Encoding.UTF8.GetBytes(a.HeadId)]), mine.GetProperty("commitment").GetString());
        var events = await OutboxPayloadsAsync();
        var payload = Assert.Single(events, e => e.Contains(mine.GetProperty("commitment").GetString()!, StringComparison.Ordinal));
        Assert.DoesNotContain(a.HeadId, payload, StringComparison.Ordinal);
        Assert.DoesNotContain("钱六", payload, StringComparison.Ordinal);

        // An account registered after the approval is not paid: the bank file pays the account the approver approved.
        await ChangeAccountAsync(a.Household, "6217000099998888777");

        // One file per bank, with full accounts and a totals row.
        var banks = await officer.GetFromJsonAsync<JsonElement>($"/api/assistance/payroll/runs/{runId}/banks");
        var bank = banks.EnumerateArray().Single(x => x.GetProperty("bank").GetString() == "测试银行");
        var file = await officer.GetAsync($"/api/assistance/payroll/runs/{runId}/bank-file?bank={Uri.EscapeDataString("测试银行")}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        var rows = (await file.Content.ReadAsStreamAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(bank.GetProperty("payments").GetInt32() + 1, rows.Count);
        Assert.Equal("合计", rows[^1]["序号"]?.ToString());
        Assert.Equal(bank.GetProperty("totalFen").GetInt64() / 100m, Convert.ToDecimal(rows[^1]["金额（元）"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(rows, r => r["银行账号"]?.ToString() == "6217000011112222333" && r["收款人姓名"]?.ToString() == "钱六");
        Assert.DoesNotContain(rows, r => r["银行账号"]?.ToString() == "6217000099998888777");
        // Issue 20.19: the payee's ID number as banks require — masked by default, full where the town's setting (the bank's
        // 代发协议) says so.
        Assert.Contains(Minzheng.Platform.Security.Masking.IdNumber(a.HeadId), rows.Select(r => r["收款人身份证号"]?.ToString()));
        Assert.DoesNotContain(a.HeadId, rows.Select(r => r["收款人身份证号"]?.ToString()));
        await host.AsAsync(Minzheng.Platform.Identity.Roles.DistrictOfficer, "430408", sp => sp.GetRequiredService<Minzheng.Platform.Settings.SettingsAdmin>()
            .AddVersionAsync(new Minzheng.Platform.Settings.NewSettingVersion
            {
                Key = "payroll.bank_file_full_id_number", RegionCode = Town, EffectiveFrom = new DateOnly(2000, 1, 1), Value = "1", Source = "与测试银行签订的代发协议第三条",
            }));
        var withFullIds = (await (await officer.GetAsync($"/api/assistance/payroll/runs/{runId}/bank-file?bank={Uri.EscapeDataString("测试银行")}")).Content.ReadAsStreamAsync())
            .Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(a.HeadId, withFullIds.Select(r => r["收款人身份证号"]?.ToString()));
        var unknown = await officer.GetAsync($"/api/assistance/payroll/runs/{runId}/bank-file?bank={Uri.EscapeDataString("不存在银行")}");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("该发放中没有这个开户行", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Each step decrypts only what it uses, and the audit trail says what: ID numbers at approval, accounts for the bank file.
        var reveals = (await (await host.LoginAsync("auditor")).GetFromJsonAsync<JsonElement>("/api/audit?action=RevealForPayment&size=100"))
            .GetProperty("items").EnumerateArray().Select(e => (Purpose: e.GetProperty("purpose").GetString()!, Details: e.GetProperty("details").GetString()!)).ToList();
        Assert.EndsWith("（户主身份证号）", reveals.First(e => e.Purpose.Contains("发放审批", StringComparison.Ordinal)).Details, StringComparison.Ordinal);
        Assert.EndsWith("（银行账号）", reveals.First(e => e.Purpose.Contains("生成测试银行代发文件", StringComparison.Ordinal)).Details, StringComparison.Ordinal);

        // The bank's return: one paid, one failed. A bad row refuses the file whole; the same file again changes nothing.
        var paidId = mine.GetProperty("id").GetGuid().ToString("N");
        var failed = payments.Single(p => Owner(p) == b.Household);
        var failedId = failed.GetProperty("id").GetGuid().ToString("N");
        var bad = $"付款编号,结果,原因\n{paidId},成功,\n{Guid.NewGuid():N},成功,\n";
        var refused = await worker.PostAsJsonAsync($"/api/assistance/payroll/runs/{runId}/returns", new { fileName = "回盘.csv", contentBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(bad)) });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("第3行", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Approved", (await PaymentsAsync(worker, runId)).Single(p => Owner(p) == a.Household).GetProperty("status").GetString());
        var good = Convert.ToBase64String(Encoding.UTF8.GetBytes($"\uFEFF付款编号,结果,原因\r\n{paidId},成功,\r\n{failedId},失败,账户已销户\r\n"));
        var imported = await (await worker.PostAsJsonAsync($"/api/assistance/payroll/runs/{runId}/returns", new { fileName = "回盘.csv", contentBase64 = good })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, imported.GetProperty("paid").GetInt32());
        Assert.Equal(1, imported.GetProperty("failed").GetInt32());
        var twice = await (await worker.PostAsJsonAsync($"/api/assistance/payroll/runs/{runId}/returns", new { fileName = "回盘.csv", contentBase64 = good })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, twice.GetProperty("unchanged").GetInt32());

        // Next month: the failed one is re-issued — the same payment, attempt 2 — beside next month's own.
        var next = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddMonths(1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var nextRun = (await PrepareAsync(worker, next)).GetProperty("id").GetGuid();
        var nextPayments = await PaymentsAsync(worker, nextRun);
        var reissued = Assert.Single(nextPayments, p => p.GetProperty("id").GetGuid() == failed.GetProperty("id").GetGuid());
        Assert.Equal(2, reissued.GetProperty("attempt").GetInt32());
        Assert.Equal(month, reissued.GetProperty("month").GetString());
        Assert.Contains(nextPayments, p => Owner(p) == b.Household && p.GetProperty("month").GetString() == next);

        var totals = await officer.GetFromJsonAsync<JsonElement>($"/api/assistance/payroll/totals?year={month[..4]}");
        var total = totals.EnumerateArray().Single(t => t.GetProperty("month").GetString() == month && t.GetProperty("programme").GetString() == "dibao");
        Assert.True(total.GetProperty("paidFen").GetInt64() >= mine.GetProperty("amountFen").GetInt64());

        // Another town's worker sees none of it.
        var hongxiang = await host.LoginAsync("hongxiang");
        Assert.Equal(HttpStatusCode.NotFound, (await hongxiang.GetAsync($"/api/assistance/payroll/runs/{runId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hongxiang.GetAsync($"/api/assistance/payroll/payments/{mine.GetProperty("id").GetGuid()}/receipt")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await hongxiang.PostAsJsonAsync("/api/assistance/payroll/runs", new { town = Town, month })).StatusCode);
        Assert.DoesNotContain(runId.ToString(), await hongxiang.GetStringAsync("/api/assistance/payroll/runs"), StringComparison.Ordinal);

        Guid Owner(JsonElement p) => HouseholdOfCase(p.GetProperty("caseNumber").GetString()!);
    }

    [Fact]
    public async Task The_person_who_prepared_a_payroll_cannot_approve_it_and_a_bad_month_is_refused()
    {
        var officer = await host.LoginAsync("officer");
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsJsonAsync("/api/assistance/payroll/runs", new { town = Town, month = "2026-13" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsJsonAsync("/api/assistance/payroll/runs", new { town = "430408999", month = "2030-01" })).StatusCode);
        var run = (await PrepareAsync(officer, "2019-01")).GetProperty("id").GetGuid();
        var self = await officer.PostAsync($"/api/assistance/payroll/runs/{run}/approve", null);
        Assert.Equal(HttpStatusCode.Conflict, self.StatusCode);
        Assert.Contains("造册人不能审批", await self.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await officer.GetAsync($"/api/assistance/payroll/runs/{run}/banks")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await officer.GetAsync($"/api/assistance/payroll/runs/{run}/bank-file?bank={Uri.EscapeDataString("测试银行")}")).StatusCode);
    }

    private async Task ChangeAccountAsync(Guid household, string account)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Access.CurrentUser>().ActAsSystem("test");
        var db = scope.ServiceProvider.GetRequiredService<Minzheng.Registry.Data.RegistryDbContext>();
        var row = await db.Households.SingleAsync(h => h.Id == household);
        row.BankAccountCipher = scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Security.FieldProtector>().Encrypt(account);
        await db.SaveChangesAsync();
    }

    private Guid HouseholdOfCase(string caseNumber)
    {
        using var scope = host.Factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Access.CurrentUser>().ActAsSystem("test");
        return scope.ServiceProvider.GetRequiredService<Minzheng.Assistance.Data.AssistanceDbContext>().Cases.Where(c => c.Number == caseNumber).Select(c => c.HouseholdId).Single();
    }

    private async Task<List<string>> OutboxPayloadsAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Access.CurrentUser>().ActAsSystem("test");
        return await scope.ServiceProvider.GetRequiredService<Minzheng.Assistance.Data.AssistanceDbContext>().Outbox
            .Where(m => m.EventType == "assistance.payment").Select(m => m.Payload).ToListAsync();
    }
}

[Collection("sqlite")]
public sealed class PayrollTestsOnSqlite(SqliteWebHost host) : PayrollTests(host);

[Collection("postgres")]
public sealed class PayrollTestsOnPostgres(PostgresWebHost host) : PayrollTests(host);
