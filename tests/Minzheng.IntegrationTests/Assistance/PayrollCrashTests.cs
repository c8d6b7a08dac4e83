using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Features.Payroll;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Platform.Access;
using static Minzheng.IntegrationTests.Assistance.AssistanceClient;

namespace Minzheng.IntegrationTests.Assistance;

/// <summary>
/// A payroll stopped midway (the job cancelled after its first chunk, as a crash would leave it) and started again:
/// the same payments and totals as a run that never stopped, none twice; a run still going is not started twice.
/// </summary>
public abstract class PayrollCrashTests(WebHost host)
{
    private const string Village = "430408001007";
    private const string Town = "430408001";

    /// <summary>Reports synchronously (Progress&lt;T&gt; posts to the thread pool), so the test can stop the job at an exact point.</summary>
    private sealed class Inline(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    [Fact]
    public async Task A_payroll_stopped_after_its_first_chunk_and_started_again_pays_everyone_once()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var officer = await host.LoginAsync("officer");
        var approved = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            approved.Add((await ApprovedCaseAsync(host, worker, officer, Village)).Household);
        }

        // A month no other test prepares: every approved case of the town is in it.
        var month = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(7).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        Guid runId;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("zhengxiang");
            var handler = scope.ServiceProvider.GetRequiredService<PreparePayrollHandler>();
            handler.ChunkSize = 1;
            runId = (await handler.StartAsync(new PrepareRequest(Town, month))).Id;
            using var crash = new CancellationTokenSource();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => handler.ExecuteAsync(runId, new Inline(_ => crash.Cancel()), crash.Token));
        }

        var stopped = await RunAsync(worker, runId);
        Assert.Equal("Preparing", stopped.GetProperty("run").GetProperty("status").GetString());
        Assert.Single(stopped.GetProperty("payments").EnumerateArray());

        // While it counts as running, nobody starts it again; once stale (the process died), anyone may.
        var busy = await worker.PostAsJsonAsync("/api/assistance/payroll/runs", new { town = Town, month });
        Assert.Equal(HttpStatusCode.Conflict, busy.StatusCode);
        Assert.Contains("正在造册", await busy.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("test");
            var db = scope.ServiceProvider.GetRequiredService<AssistanceDbContext>();
            var run = await db.PayrollRuns.SingleAsync(r => r.Id == runId);
            run.PreparedAtUtc = DateTime.UtcNow - PreparePayrollHandler.Stale - TimeSpan.FromMinutes(1);
            await db.SaveChangesAsync();
        }

        var resumed = await PrepareRunAsync(worker, Town, month);
        Assert.Equal(runId, resumed.GetProperty("id").GetGuid());
        var payments = (await RunAsync(worker, runId)).GetProperty("payments").EnumerateArray().ToList();
        Assert.Equal(payments.Count, payments.Select(p => p.GetProperty("householdNumber").GetString()).Distinct().Count());
        Assert.Equal(payments.Count, resumed.GetProperty("payments").GetInt32());
        Assert.Equal(payments.Sum(p => p.GetProperty("amountFen").GetInt64()), resumed.GetProperty("totalFen").GetInt64());
        foreach (var household in approved)
        {
            var number = (await Registry.RegistryClient.DetailAsync(worker, household)).GetProperty("number").GetString();
            Assert.Single(payments, p => p.GetProperty("householdNumber").GetString() == number);
        }

        // And once more for good measure: nothing changes.
        var again = await PrepareRunAsync(worker, Town, month);
        Assert.Equal(resumed.GetProperty("payments").GetInt32(), again.GetProperty("payments").GetInt32());
        Assert.Equal(resumed.GetProperty("totalFen").GetInt64(), again.GetProperty("totalFen").GetInt64());
    }

    [Fact]
    public async Task A_payroll_still_being_prepared_cannot_be_approved()
    {
        var month = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(9).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        Guid runId;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("zhengxiang");
            runId = (await scope.ServiceProvider.GetRequiredService<PreparePayrollHandler>().StartAsync(new PrepareRequest(Town, month))).Id;
        }

        var response = await (await host.LoginAsync("officer")).PostAsync($"/api/assistance/payroll/runs/{runId}/approve", null);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("造册尚未完成", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Task<JsonElement> RunAsync(HttpClient client, Guid id) => client.GetFromJsonAsync<JsonElement>($"/api/assistance/payroll/runs/{id}");
}

[Collection("sqlite")]
public sealed class PayrollCrashTestsOnSqlite(SqliteWebHost host) : PayrollCrashTests(host);

[Collection("postgres")]
public sealed class PayrollCrashTestsOnPostgres(PostgresWebHost host) : PayrollCrashTests(host);
