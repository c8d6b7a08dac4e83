using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Access;

namespace Minzheng.Platform.Jobs;

/// <summary>
/// Takes a queue's runs, up to <see cref="Concurrency"/> at once, each in its own scope acting for the district in the name of
/// who started it. A failure is the run's to record (with its reason); starting it again is safe, so the worker only logs
/// and goes on. A run queued again while it is still being worked on (started again as stale) is not taken twice.
/// </summary>
public abstract class RunWorker<TRun>(RunQueue<TRun> queue, IServiceScopeFactory scopes, ILogger logger) : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, byte> running = new();

    /// <summary>Runs worked on at once: more than one where a run mostly waits on the database, which has cores to spare.</summary>
    protected virtual int Concurrency => 1;

    protected abstract Task RunAsync(IServiceProvider services, Guid runId, CancellationToken ct);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Parallel.ForEachAsync(queue.Reader.ReadAllAsync(stoppingToken), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Concurrency), CancellationToken = stoppingToken },
            async (item, ct) =>
            {
                var (runId, startedBy) = item;
                if (!running.TryAdd(runId, 0))
                {
                    return;
                }

                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem(startedBy);
                    await RunAsync(scope.ServiceProvider, runId, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "{Run} {RunId} failed", typeof(TRun).Name, runId);
                }
                finally
                {
                    running.TryRemove(runId, out _);
                }
            });
}
