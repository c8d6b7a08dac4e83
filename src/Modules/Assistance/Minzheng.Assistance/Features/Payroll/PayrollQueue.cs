using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Access;

namespace Minzheng.Assistance.Features.Payroll;

/// <summary>Payrolls started from the page or the API, prepared one at a time in the background (the run page polls the progress).</summary>
public sealed class PayrollQueue
{
    private readonly Channel<(Guid RunId, string StartedBy)> _channel = Channel.CreateUnbounded<(Guid, string)>();

    internal ChannelReader<(Guid RunId, string StartedBy)> Reader => _channel.Reader;

    public void Enqueue(Guid runId, string startedBy) => _channel.Writer.TryWrite((runId, startedBy));
}

internal sealed class PayrollWorker(PayrollQueue queue, IServiceScopeFactory scopes, ILogger<PayrollWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (runId, startedBy) in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem(startedBy);
                await scope.ServiceProvider.GetRequiredService<PreparePayrollHandler>().ExecuteAsync(runId, ct: stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Recorded on the run (PrepareError); starting it again is safe.
                logger.LogWarning(e, "Payroll run {RunId} failed", runId);
            }
        }
    }
}
