using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Access;

namespace Minzheng.Monitoring.Features.Runs;

/// <summary>Runs started from the page or the API, done one at a time in the background (the page polls the progress).</summary>
public sealed class MatchRunQueue
{
    private readonly Channel<(Guid RunId, string StartedBy)> _channel = Channel.CreateUnbounded<(Guid, string)>();

    internal ChannelReader<(Guid RunId, string StartedBy)> Reader => _channel.Reader;

    public void Enqueue(Guid runId, string startedBy) => _channel.Writer.TryWrite((runId, startedBy));
}

internal sealed class MatchRunWorker(MatchRunQueue queue, IServiceScopeFactory scopes, ILogger<MatchRunWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (runId, startedBy) in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem(startedBy);
                await scope.ServiceProvider.GetRequiredService<RunExecutor>().ExecuteAsync(runId, ct: stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Recorded on the run (Failed, with the reason); starting it again is safe.
                logger.LogWarning(e, "Match run {RunId} failed", runId);
            }
        }
    }
}
