using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Ledger;
using Minzheng.Platform.Identity;
using static Minzheng.IntegrationTests.Assistance.AssistanceClient;

namespace Minzheng.IntegrationTests.Assistance;

/// <summary>A decision approved in social assistance reaches the service chain, and its receipt verifies without a login.</summary>
public abstract class DecisionReceiptTests(WebHost host)
{
    private const string Village = "430408001001";

    [Fact]
    public async Task An_approved_decisions_receipt_verifies_on_the_public_page_and_a_forged_one_does_not()
    {
        var worker = await host.LoginAsync("zhengxiang");
        var (household, members) = await HouseholdAsync(worker, Village);
        var id = await ToPublicityAsync(worker, household, members);
        await ClosePublicityAsync(host, worker, id);
        var approved = await StepAsync(await host.LoginAsync("officer"), id, new { action = "Approve" });
        var number = approved.GetProperty("number").GetString()!;

        // The ledger worker's job, run here: append the outbox and sign a checkpoint.
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<LedgerOperations>().AppendAllAsync(forceCheckpoint: true);
        }

        var (index, leaf) = await host.AsAsync(Roles.Auditor, "430408", async sp =>
        {
            var entry = await sp.GetRequiredService<Minzheng.Ledger.Data.LedgerDbContext>().Entries.AsNoTracking()
                .Where(e => e.EventType == "assistance.decision").ToListAsync();
            var mine = entry.Single(e => e.Payload.Contains(number, StringComparison.Ordinal));
            return (mine.Index, Convert.ToHexStringLower(mine.LeafHash));
        });

        var anonymous = host.Anonymous();
        var receipt = await anonymous.GetStringAsync($"/ledger/receipt/{index}");
        Assert.Contains("data:image/png;base64,", receipt, StringComparison.Ordinal);
        Assert.Contains($"ledger/verify?index={index}&amp;leaf={leaf}", receipt, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", receipt, StringComparison.Ordinal);

        var verified = await anonymous.GetStringAsync($"/ledger/verify?index={index}&leaf={leaf}");
        Assert.Contains("核验通过", verified, StringComparison.Ordinal);

        var forged = leaf[..^1] + (leaf[^1] == '0' ? '1' : '0');
        Assert.Contains("核验未通过", await anonymous.GetStringAsync($"/ledger/verify?index={index}&leaf={forged}"), StringComparison.Ordinal);
        Assert.Contains("只覆盖", await anonymous.GetStringAsync($"/ledger/verify?index=99999999&leaf={leaf}"), StringComparison.Ordinal);
        Assert.Contains("十六进制", await anonymous.GetStringAsync($"/ledger/verify?index={index}&leaf=not-hex"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/ledger/receipt/99999999")).StatusCode);
    }
}

[Collection("sqlite")]
public sealed class DecisionReceiptTestsOnSqlite(SqliteWebHost host) : DecisionReceiptTests(host);

[Collection("postgres")]
public sealed class DecisionReceiptTestsOnPostgres(PostgresWebHost host) : DecisionReceiptTests(host);
