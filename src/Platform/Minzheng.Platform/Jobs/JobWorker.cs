using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;

namespace Minzheng.Platform.Jobs;

/// <summary>
/// Takes the queued jobs of one kind from the database, up to <see cref="Concurrency"/> at once, each under a lease it
/// renews while it works, in a scope acting for the district in the name of who started it. A job whose host died is
/// taken again once its lease runs out (the run resumes: every run is safe to start again). A failure is the run's to
/// record (with its reason); the job is marked failed and the worker goes on.
/// </summary>
public abstract class JobWorker(IServiceScopeFactory scopes, JobOptions options, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The <see cref="Job.Kind"/> this worker takes.</summary>
    protected abstract string Kind { get; }

    /// <summary>Jobs worked on at once: more than one where a job mostly waits on the database, which has cores to spare.</summary>
    protected virtual int Concurrency => 1;

    protected abstract Task RunAsync(IServiceProvider services, Guid runId, CancellationToken ct);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, Concurrency)).Select(_ => SlotAsync(stoppingToken)));

    private async Task SlotAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await TakeOneAsync(stoppingToken))
                {
                    await Task.Delay(options.PollInterval, clock, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // a background loop: any failure to take a job is logged and retried, never ends the host
            catch (Exception e)
#pragma warning restore CA1031
            {
                JobLog.ClaimFailed(logger, e, Kind);
                await Task.Delay(options.PollInterval, clock, stoppingToken);
            }
        }
    }

    /// <summary>Takes and works one job; false when none was waiting.</summary>
    public async Task<bool> TakeOneAsync(CancellationToken stoppingToken)
    {
        ClaimedJob? job;
        await using (var control = scopes.CreateAsyncScope())
        {
            job = await JobLeases.ClaimAsync(control.ServiceProvider.GetRequiredService<PlatformDbContext>(), Kind, options.Owner, options.Lease, Now, stoppingToken);
        }

        if (job is null)
        {
            return false;
        }

        using var lost = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewing = RenewAsync(job, lost);
        string? error = null;
        try
        {
            await using var scope = SystemScope.Create(scopes, job.StartedBy);
            await RunAsync(scope.ServiceProvider, job.RunId, lost.Token);
        }
        catch (OperationCanceledException) when (lost.IsCancellationRequested)
        {
            // Stopping (the lease stays and runs out: the next host resumes the run) or the lease was lost to another host.
            await lost.CancelAsync();
            await renewing;
            return true;
        }
#pragma warning disable CA1031 // any failure of the work is recorded on the run (the user sees it) and the job set aside
        catch (Exception e)
#pragma warning restore CA1031
        {
            JobLog.JobFailed(logger, e, Kind, job.Id, job.RunId);
            error = $"{e.GetType().Name}: {e.Message}";
            error = error.Length > 1000 ? error[..1000] : error;
        }

        await lost.CancelAsync();
        await renewing;
        await using var finish = scopes.CreateAsyncScope();
        await JobLeases.FinishAsync(finish.ServiceProvider.GetRequiredService<PlatformDbContext>(), job.Id, options.Owner, error, Now, CancellationToken.None);
        return true;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Renews the lease every third of its length; cancels the work if the lease was lost.</summary>
    private async Task RenewAsync(ClaimedJob job, CancellationTokenSource lost)
    {
        try
        {
            while (true)
            {
                await Task.Delay(options.Lease / 3, clock, lost.Token);
                await using var scope = scopes.CreateAsyncScope();
                if (!await JobLeases.RenewAsync(scope.ServiceProvider.GetRequiredService<PlatformDbContext>(), job.Id, options.Owner, options.Lease, Now, lost.Token))
                {
                    JobLog.LeaseLost(logger, Kind, job.Id);
                    await lost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
