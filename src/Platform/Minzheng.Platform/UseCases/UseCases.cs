using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Access;

namespace Minzheng.Platform.UseCases;

/// <summary>
/// One unit of work per user action (ADR 0008). A Blazor circuit lives as long as the tab; a handler or DbContext injected
/// into a component would live as long, keeping stale tracked rows (a case a colleague has since moved on) and, after a
/// failed save, the rows that failed, which its next save would write. Components run every action — a load, a save —
/// through this: a fresh scope, so a fresh DbContext, acting as the circuit's user, disposed when the action ends.
/// </summary>
public sealed class UseCases(IServiceScopeFactory scopes, ICurrentUser user)
{
    /// <summary>The handler of one action: <c>await UseCases.With&lt;SaveHandler&gt;().RunAsync(h => h.HandleAsync(request))</c>.</summary>
    public UseCase<THandler> With<THandler>() where THandler : notnull => new(this);

    internal async Task<T> RunAsync<THandler, T>(Func<THandler, Task<T>> action) where THandler : notnull
    {
        await using var scope = ActingScope();
        try
        {
            return await action(scope.ServiceProvider.GetRequiredService<THandler>());
        }
        catch (Exception e) when (e is Errors.ForbiddenException or Errors.NotFoundException)
        {
            await AuditDeniedAsync<THandler>(e);
            throw;
        }
    }

    /// <summary>A fresh scope acting as the circuit's (or request's) user.</summary>
    private AsyncServiceScope ActingScope()
    {
        var scope = scopes.CreateAsyncScope();
        if (user is CurrentUser circuit)
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().AdoptFrom(circuit);
        }

        return scope;
    }

    /// <summary>A page action refused (another town's record, a role without the right) leaves an audit row, as an API call does.</summary>
    private async Task AuditDeniedAsync<THandler>(Exception e)
    {
        if (!user.IsAuthenticated || user.SeesAllRegions)
        {
            return;
        }

        await using var scope = ActingScope();
        await scope.ServiceProvider.GetRequiredService<Audit.AuditLog>().WriteAsync(Audit.AuditActions.Denied, "Page", entityId: null,
            details: $"{typeof(THandler).Name} → {(e is Errors.ForbiddenException ? 403 : 404)}：{e.Message}");
    }
}

/// <summary>A handler type bound to the runner; each call is its own scope.</summary>
public readonly struct UseCase<THandler> where THandler : notnull
{
    private readonly UseCases _runner;

    internal UseCase(UseCases runner) => _runner = runner;

    public Task<T> RunAsync<T>(Func<THandler, Task<T>> action) => _runner.RunAsync(action);

    public Task RunAsync(Func<THandler, Task> action) => _runner.RunAsync<THandler, bool>(async h =>
    {
        await action(h);
        return true;
    });

    /// <summary>For a handler's synchronous answer (still in its own scope).</summary>
    public Task<T> Run<T>(Func<THandler, T> action) => _runner.RunAsync<THandler, T>(h => Task.FromResult(action(h)));
}
