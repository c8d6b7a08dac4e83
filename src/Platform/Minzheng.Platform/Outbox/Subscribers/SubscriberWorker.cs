using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Minzheng.Platform.Outbox.Subscribers;

/// <summary>Runs the dispatcher every poll interval in the web host; a pass that handled a full batch goes again at once.</summary>
internal sealed class SubscriberWorker(SubscriberDispatcher dispatcher, SubscriberOptions options, ILogger<SubscriberWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                while (await dispatcher.DispatchAllAsync(stoppingToken) > 0 && !stoppingToken.IsCancellationRequested)
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The checkpoint, inbox and dead letters were not saved: the next pass repeats harmlessly.
                SubscriberLog.PassFailed(logger, e);
            }
        }
    }
}
