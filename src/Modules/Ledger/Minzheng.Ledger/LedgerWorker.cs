using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Minzheng.Ledger.Features.AppendEntries;
using Minzheng.Ledger.Features.Checkpoints;

namespace Minzheng.Ledger;

/// <summary>Appends new outbox events in batches and signs checkpoints as the policy asks, every few seconds.</summary>
internal sealed class LedgerWorker(IServiceScopeFactory scopes, LedgerOptions options, ILogger<LedgerWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.WorkerIntervalSeconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var appended = await scope.ServiceProvider.GetRequiredService<AppendEntriesHandler>().HandleAsync(ct: stoppingToken);

                var checkpoint = await scope.ServiceProvider.GetRequiredService<CheckpointHandler>().SignIfDueAsync(ct: stoppingToken);
                if (appended > 0 || checkpoint is not null)
                {
                    LedgerLog.Appended(logger, appended, checkpoint?.Size);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed batch changed nothing (one transaction); the next tick tries again.
                LedgerLog.AppendFailed(logger, e);
            }
        }
    }
}
