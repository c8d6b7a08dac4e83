using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Access;
using Minzheng.Platform.Sms;

namespace Minzheng.Assistance.Features.SmsOutbox;

/// <summary>Runs <see cref="SmsSender"/> every <c>Sms:PollInterval</c> (5 s) in the web host, when a gateway is configured.</summary>
internal sealed partial class SmsWorker(IServiceScopeFactory scopes, ISmsGateway gateway, IConfiguration configuration, ILogger<SmsWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!gateway.Connected)
        {
            return;
        }

        using var timer = new PeriodicTimer(configuration.GetValue("Sms:PollInterval", TimeSpan.FromSeconds(5)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("sms");
                await scope.ServiceProvider.GetRequiredService<SmsSender>().SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup: the leases lapse and the next pass sends what is still due.
                PassFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SMS outbox pass failed")]
    private static partial void PassFailed(ILogger logger, Exception e);
}
