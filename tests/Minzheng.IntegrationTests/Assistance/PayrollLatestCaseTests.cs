using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Platform.Access;
using static Minzheng.IntegrationTests.Assistance.AssistanceClient;

namespace Minzheng.IntegrationTests.Assistance;

/// <summary>
/// A household with two cases in payment (the older one approved, the later one stopped only from a month to come) is paid
/// once, from its latest case and at that case's amount — whichever of the two the database reads first (the older one,
/// here); the payments' keys are time-ordered (UUID version 7).
/// </summary>
public abstract class PayrollLatestCaseTests(WebHost host)
{
    private const string Village = "430408001007";
    private const string Town = "430408001";

    [Fact]
    public async Task Only_the_latest_case_of_a_beneficiary_is_paid()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var officer = await host.LoginAsync("officer");
        var (household, _, _, older) = await ApprovedWithCaseAsync(host, worker, officer, Village);
        var month = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(13).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var latest = Guid.NewGuid();
        await AsSystemAsync(async db =>
        {
            var again = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == older);
            again.Id = latest;
            again.Number = "T" + latest.ToString("N")[..20];
            again.CreatedAtUtc = again.CreatedAtUtc.AddDays(1);
            again.MonthlyAmountFen += 1_234;
            again.StopFrom = "2999-01"; // still in payment this month
            db.Cases.Add(again);
            db.Entry(again).Property(c => c.Status).CurrentValue = CaseStatus.Stopped;
            db.Entry(again).Property(c => c.Version).CurrentValue = 1;
            await db.SaveChangesAsync();
        });

        var run = (await PrepareRunAsync(worker, Town, month)).GetProperty("id").GetGuid();

        await AsSystemAsync(async db =>
        {
            var paid = await db.Payments.AsNoTracking().Where(p => p.RunId == run && p.HouseholdId == household).ToListAsync();
            var payment = Assert.Single(paid);
            Assert.Equal(latest, payment.CaseId);
            Assert.Equal((await db.Cases.AsNoTracking().SingleAsync(c => c.Id == latest)).MonthlyAmountFen, payment.AmountFen);
            Assert.All(await db.Payments.AsNoTracking().Where(p => p.RunId == run).Select(p => p.Id).ToListAsync(), id => Assert.Equal(7, id.Version));
        });
    }

    private async Task AsSystemAsync(Func<AssistanceDbContext, Task> work)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("test");
        await work(scope.ServiceProvider.GetRequiredService<AssistanceDbContext>());
    }
}

[Collection("sqlite")]
public sealed class PayrollLatestCaseTestsOnSqlite(SqliteWebHost host) : PayrollLatestCaseTests(host);

[Collection("postgres")]
public sealed class PayrollLatestCaseTestsOnPostgres(PostgresWebHost host) : PayrollLatestCaseTests(host);
