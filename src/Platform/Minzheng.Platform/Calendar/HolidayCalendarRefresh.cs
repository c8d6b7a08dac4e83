using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Minzheng.Platform.Calendar;

/// <summary>
/// The web host re-reads the loaded years every few minutes, so a year loaded with `mz calendar load` (on any node)
/// is in force everywhere without a restart.
/// </summary>
internal sealed partial class HolidayCalendarRefresh(IServiceScopeFactory scopes, ILogger<HolidayCalendarRefresh> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<HolidayCalendar>().ApplyAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The calendar in force stays as it was; the next pass tries again.
                RefreshFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the loaded holiday years failed; the calendar in force is unchanged")]
    private static partial void RefreshFailed(ILogger logger, Exception e);
}
