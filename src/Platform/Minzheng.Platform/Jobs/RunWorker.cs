using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Access;

namespace Minzheng.Platform.Jobs;

/// <summary>
/// Takes a queue's runs one after another, each in its own scope acting for the district in the name of who started it.
/// A failure is the run's to record (with its reason); starting it again is safe, so the worker only logs and goes on.
/// </summary>
public abstract class RunWorker<TRun>(RunQueue<TRun> queue, IServiceScopeFactory scopes, ILogger logger) : BackgroundService
{
    protected abstract Task RunAsync(IServiceProvider services, Guid runId, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (runId, startedBy) in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem(startedBy);
                await RunAsync(scope.ServiceProvider, runId, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "{Run} {RunId} failed", typeof(TRun).Name, runId);
            }
        }
    }
}
