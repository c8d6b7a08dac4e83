using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Features.AdvanceCase;
using Minzheng.IntegrationTests.Assistance;
using Minzheng.IntegrationTests.Infrastructure;
using Minzheng.Platform.Access;
using Minzheng.Platform.Errors;
using Minzheng.Platform.UseCases;

namespace Minzheng.IntegrationTests.Platform;

/// <summary>
/// One unit of work per user action (issue 16.2). A Blazor circuit is one long DI scope; each test runs the same
/// sequence twice — with the handler taken from the circuit's scope (how components were wired: the bug) and through
/// <see cref="UseCases"/> (a fresh scope per action: the fix).
/// </summary>
public abstract class UnitOfWorkTests(WebHost host)
{
    [Fact]
    public async Task A_user_refused_once_is_not_stuck_after_a_colleague_moved_the_case_on()
    {
        Assert.IsType<BusinessRuleException>(await StaleCircuitAsync(useCases: false)); // before: stuck on the stale case
        Assert.Null(await StaleCircuitAsync(useCases: true));
    }

    [Fact]
    public async Task What_a_failed_action_changed_is_not_written_by_the_next_action()
    {
        Assert.Equal("错误的调查记录", await LeakAsync(useCases: false)); // before: the failed action's change was saved by the next one
        Assert.Null(await LeakAsync(useCases: true));
    }

    /// <summary>The circuit's user is refused, a colleague verifies the case over HTTP, the user records the investigation.</summary>
    private async Task<Exception?> StaleCircuitAsync(bool useCases)
    {
        var worker = await host.LoginAsync("zhengxiang");
        var (household, members) = await AssistanceClient.HouseholdAsync(worker, "430408001002");
        var id = await AssistanceClient.NewCaseAsync(worker, household);
        await using var circuit = Circuit();
        Task<AssistanceCase> Act(AdvanceRequest request) => useCases
            ? circuit.ServiceProvider.GetRequiredService<UseCases>().With<AdvanceHandler>().RunAsync(h => h.HandleAsync(id, request))
            : circuit.ServiceProvider.GetRequiredService<AdvanceHandler>().HandleAsync(id, request);
        var investigation = new AdvanceRequest(CaseAction.RecordInvestigation, "入户调查属实", null, [new IncomeInput(members[0], Minzheng.Assistance.Domain.Benefits.IncomeType.Wage, 300m)], null);

        await Assert.ThrowsAsync<BusinessRuleException>(() => Act(investigation)); // not verified yet
        await AssistanceClient.StepAsync(await host.LoginAsync("zhengxiang"), id, new { action = "RecordVerification", note = "核对平台：无车辆" });
        try
        {
            await Act(investigation);
        }
        catch (BusinessRuleException e)
        {
            return e;
        }

        var events = await EventsAsync(id, "登记入户调查");
        Assert.Equal(1, events);
        return null;
    }

    /// <summary>A refused investigation (bad income) after its note was set; then a good action on another case.</summary>
    private async Task<string?> LeakAsync(bool useCases)
    {
        var worker = await host.LoginAsync("zhengxiang");
        var (first, _) = await AssistanceClient.HouseholdAsync(worker, "430408001002");
        var (second, _) = await AssistanceClient.HouseholdAsync(worker, "430408001002");
        var failing = await AssistanceClient.NewCaseAsync(worker, first);
        var other = await AssistanceClient.NewCaseAsync(worker, second);
        await AssistanceClient.StepAsync(worker, failing, new { action = "RecordVerification", note = "核对平台：无车辆" });
        await using var circuit = Circuit();
        Task<AssistanceCase> Act(Guid caseId, AdvanceRequest request) => useCases
            ? circuit.ServiceProvider.GetRequiredService<UseCases>().With<AdvanceHandler>().RunAsync(h => h.HandleAsync(caseId, request))
            : circuit.ServiceProvider.GetRequiredService<AdvanceHandler>().HandleAsync(caseId, request);

        var bad = new AdvanceRequest(CaseAction.RecordInvestigation, "错误的调查记录", null, [new IncomeInput(Guid.NewGuid(), Minzheng.Assistance.Domain.Benefits.IncomeType.Wage, 300m)], null);
        await Assert.ThrowsAsync<InputValidationException>(() => Act(failing, bad));
        await Act(other, new AdvanceRequest(CaseAction.RecordVerification, "核对平台：无工商登记", null, null, null));
        Assert.Equal(1, await EventsAsync(other, "登记核对结果"));

        await using var check = host.Factory.Services.CreateAsyncScope();
        check.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("test");
        return await check.ServiceProvider.GetRequiredService<AssistanceDbContext>().Cases.Where(c => c.Id == failing).Select(c => c.InvestigationNote).SingleAsync();
    }

    private async Task<int> EventsAsync(Guid caseId, string stepStart)
    {
        await using var check = host.Factory.Services.CreateAsyncScope();
        check.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("test");
        return await check.ServiceProvider.GetRequiredService<AssistanceDbContext>().Events.CountAsync(e => e.CaseId == caseId && e.Step.StartsWith(stepStart));
    }

    /// <summary>One simulated circuit: a scope of the host whose user is the town's case worker, kept across actions.</summary>
    private AsyncServiceScope Circuit()
    {
        var scope = host.Factory.Services.CreateAsyncScope();
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, "zhengxiang"), new(ClaimTypes.Role, Minzheng.Platform.Identity.Roles.TownCaseWorker), new(MzClaimTypes.Region, "430408001"),
        };
        scope.ServiceProvider.GetRequiredService<CurrentUser>().SetCircuitPrincipal(new ClaimsPrincipal(new ClaimsIdentity(claims, "circuit")));
        return scope;
    }
}

[Collection("sqlite")]
public sealed class UnitOfWorkTestsOnSqlite(SqliteWebHost host) : UnitOfWorkTests(host);

[Collection("postgres")]
public sealed class UnitOfWorkTestsOnPostgres(PostgresWebHost host) : UnitOfWorkTests(host);
