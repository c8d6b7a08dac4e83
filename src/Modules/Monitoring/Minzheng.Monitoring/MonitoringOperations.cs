using Microsoft.Extensions.DependencyInjection;
using Minzheng.Monitoring.Domain;
using Minzheng.Monitoring.Features.Feeds;
using Minzheng.Monitoring.Features.Runs;

namespace Minzheng.Monitoring;

/// <summary>What the CLI does with monitoring (`mz monitor upload|run`), each in its own scope as the system user.</summary>
public static class MonitoringOperations
{
    public static async Task<UploadResult> UploadAsync(IServiceProvider services, string kind, string path, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var file = new FeedFile(Path.GetFileName(path), await File.ReadAllBytesAsync(path, ct));
        return await scope.ServiceProvider.GetRequiredService<UploadFeedHandler>().HandleAsync(kind, file, UploadChannel.Cli, ct);
    }

    /// <summary>Starts (or restarts) the period's run and does it here, reporting percent done.</summary>
    public static async Task<RunView> RunAsync(IServiceProvider services, string period, DateOnly? asOf, IProgress<int>? progress, CancellationToken ct = default)
    {
        Guid id;
        await using (var scope = services.CreateAsyncScope())
        {
            // A database the web host never started has no settings yet: the shipped defaults, as on first start.
            await Minzheng.Platform.Settings.SettingsAdmin.EnsureDefaultsAsync(scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Data.PlatformDbContext>(),
                scope.ServiceProvider.GetServices<Minzheng.Platform.Settings.SettingCatalogue>(), ct);
            id = (await scope.ServiceProvider.GetRequiredService<StartRunHandler>().HandleAsync(new StartRunRequest(period, asOf), ct)).Id;
        }

        await using (var scope = services.CreateAsyncScope())
        {
            try
            {
                await scope.ServiceProvider.GetRequiredService<RunExecutor>().ExecuteAsync(id, progress, ct);
            }
            catch (InvalidOperationException e)
            {
                throw new Minzheng.Platform.Errors.BusinessRuleException(e.Message);
            }
            catch (Minzheng.Matching.Csv.FeedFileException e)
            {
                throw new Minzheng.Platform.Errors.BusinessRuleException(e.Message);
            }
        }

        await using (var scope = services.CreateAsyncScope())
        {
            return await scope.ServiceProvider.GetRequiredService<StartRunHandler>().GetAsync(id, ct);
        }
    }
}
