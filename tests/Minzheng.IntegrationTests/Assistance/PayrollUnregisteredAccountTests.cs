using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Platform.Access;
using static Minzheng.IntegrationTests.Assistance.AssistanceClient;

namespace Minzheng.IntegrationTests.Assistance;

/// <summary>
/// A household without a bank account cannot be paid: approval fails its payment, named, and leaves it off the bank files;
/// once the account is registered, the town's next run re-issues the same payment (attempt 2) and pays that account.
/// </summary>
public abstract class PayrollUnregisteredAccountTests(WebHost host)
{
    private const string Village = "430408001007";
    private const string Town = "430408001";

    [Fact]
    public async Task A_payment_without_an_account_fails_at_approval_and_is_re_issued_once_the_account_is_registered()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var officer = await host.LoginAsync("officer");
        var (household, _, _) = await ApprovedCaseAsync(host, worker, officer, Village);
        await SetAccountAsync(household, null);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (month, next) = (today.AddMonths(15).ToString("yyyy-MM", CultureInfo.InvariantCulture), today.AddMonths(16).ToString("yyyy-MM", CultureInfo.InvariantCulture));

        var run = (await PrepareRunAsync(worker, Town, month)).GetProperty("id").GetGuid();
        (await officer.PostAsync($"/api/assistance/payroll/runs/{run}/approve", null)).EnsureSuccessStatusCode();
        var failed = Assert.Single(await PaymentsAsync(run, household));
        Assert.Equal(("Failed", "未登记户主或银行账号", 1), (failed.Status.ToString(), failed.FailureReason, failed.Attempt));
        Assert.Null(failed.SealedBankAccount);
        var banks = await officer.GetFromJsonAsync<JsonElement>($"/api/assistance/payroll/runs/{run}/banks");
        Assert.Equal(
            (await AsSystemAsync(db => db.Payments.CountAsync(p => p.RunId == run && p.Status == Minzheng.Assistance.Domain.Payroll.PaymentStatus.Approved))),
            banks.EnumerateArray().Sum(b => b.GetProperty("payments").GetInt32()));

        await SetAccountAsync(household, "6217000055556666777");
        var nextRun = (await PrepareRunAsync(worker, Town, next)).GetProperty("id").GetGuid();
        var reissued = Assert.Single(await PaymentsAsync(nextRun, household), p => p.Month == month);
        Assert.Equal((failed.Id, 2, "Pending"), (reissued.Id, reissued.Attempt, reissued.Status.ToString()));
        Assert.Single(await PaymentsAsync(nextRun, household), p => p.Month == next);

        (await officer.PostAsync($"/api/assistance/payroll/runs/{nextRun}/approve", null)).EnsureSuccessStatusCode();
        var paid = Assert.Single(await PaymentsAsync(nextRun, household), p => p.Month == month);
        Assert.Equal(("Approved", 2), (paid.Status.ToString(), paid.Attempt));
        Assert.NotNull(paid.SealedBankAccount);

        // Taken back once: the run after it does not take it again.
        var third = today.AddMonths(17).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var thirdRun = (await PrepareRunAsync(worker, Town, third)).GetProperty("id").GetGuid();
        Assert.DoesNotContain(await PaymentsAsync(thirdRun, household), p => p.Month == month);
    }

    private Task<List<Minzheng.Assistance.Domain.Payroll.Payment>> PaymentsAsync(Guid run, Guid household) =>
        AsSystemAsync(db => db.Payments.AsNoTracking().Where(p => p.RunId == run && p.HouseholdId == household).ToListAsync());

    private async Task SetAccountAsync(Guid household, string? account)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("test");
        var db = scope.ServiceProvider.GetRequiredService<Minzheng.Registry.Data.RegistryDbContext>();
        var row = await db.Households.SingleAsync(h => h.Id == household);
        row.BankAccountCipher = account is null ? null : scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Security.FieldProtector>().Encrypt(account);
        await db.SaveChangesAsync();
    }

    private async Task<T> AsSystemAsync<T>(Func<Minzheng.Assistance.Data.AssistanceDbContext, Task<T>> work)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("test");
        return await work(scope.ServiceProvider.GetRequiredService<Minzheng.Assistance.Data.AssistanceDbContext>());
    }
}

[Collection("sqlite")]
public sealed class PayrollUnregisteredAccountTestsOnSqlite(SqliteWebHost host) : PayrollUnregisteredAccountTests(host);

[Collection("postgres")]
public sealed class PayrollUnregisteredAccountTestsOnPostgres(PostgresWebHost host) : PayrollUnregisteredAccountTests(host);
