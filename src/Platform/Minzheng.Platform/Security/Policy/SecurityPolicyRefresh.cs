using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Minzheng.Platform.Security.Policy;

/// <summary>
/// Keeps <see cref="SecurityPolicyStore.Current"/> fresh on every web host, so a lockout rule or idle timeout saved on
/// one node applies on the others within <see cref="SecurityPolicyStore.MaxAge"/>, even where nothing asks for it.
/// </summary>
internal sealed partial class SecurityPolicyRefresh(SecurityPolicyStore store, ILogger<SecurityPolicyRefresh> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SecurityPolicyStore.MaxAge);
        do
        {
            try
            {
                await store.GetAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database is briefly away: the last policy read stays in force.
                RefreshFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the security policy failed")]
    private static partial void RefreshFailed(ILogger logger, Exception e);
}
