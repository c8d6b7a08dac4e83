using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Payroll;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Platform.Access;
using static Minzheng.IntegrationTests.Assistance.AssistanceClient;

namespace Minzheng.IntegrationTests.Assistance;

/// <summary>
/// Preparing a month again when nothing changed returns the run as it was, without writing a row; any change of the
/// town's cases since (here a newly approved household) makes the re-run do the work and pay it.
/// </summary>
public abstract class PayrollRerunTests(WebHost host)
{
    private const string Village = "430408001007";
    private const string Town = "430408001";

    [Fact]
    public async Task A_rerun_with_nothing_changed_writes_nothing_and_a_change_is_picked_up()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var officer = await host.LoginAsync("officer");
        await ApprovedCaseAsync(host, worker, officer, Village);
        var month = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(11).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        var first = await PrepareRunAsync(worker, Town, month);
        var id = first.GetProperty("id").GetGuid();
        var prepared = await RunAsync(id);
        Assert.NotNull(prepared.Fingerprint);
        Assert.True(prepared.Payments > 0);

        var again = await PrepareRunAsync(worker, Town, month);
        Assert.Equal(id, again.GetProperty("id").GetGuid());
        var unchanged = await RunAsync(id);
        Assert.Equal((prepared.Version, prepared.PreparedAtUtc, prepared.Payments, prepared.TotalFen), (unchanged.Version, unchanged.PreparedAtUtc, unchanged.Payments, unchanged.TotalFen));

        var (household, _, _) = await ApprovedCaseAsync(host, worker, officer, Village);
        var rerun = await PrepareRunAsync(worker, Town, month);
        Assert.Equal(prepared.Payments + 1, rerun.GetProperty("payments").GetInt32());
        var changed = await RunAsync(id);
        Assert.NotEqual(prepared.Fingerprint, changed.Fingerprint);
        Assert.True(changed.Version > prepared.Version);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("test");
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<AssistanceDbContext>().Payments.CountAsync(p => p.RunId == id && p.HouseholdId == household));
    }

    private async Task<PayrollRun> RunAsync(Guid id)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("test");
        return await scope.ServiceProvider.GetRequiredService<AssistanceDbContext>().PayrollRuns.AsNoTracking().SingleAsync(r => r.Id == id);
    }
}

[Collection("sqlite")]
public sealed class PayrollRerunTestsOnSqlite(SqliteWebHost host) : PayrollRerunTests(host);

[Collection("postgres")]
public sealed class PayrollRerunTestsOnPostgres(PostgresWebHost host) : PayrollRerunTests(host);
