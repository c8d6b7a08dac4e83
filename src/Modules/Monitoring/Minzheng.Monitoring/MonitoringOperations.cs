using Microsoft.Extensions.DependencyInjection;
using Minzheng.Monitoring.Contracts;
using Minzheng.Monitoring.Domain;
using Minzheng.Monitoring.Features.Feeds;
using Minzheng.Monitoring.Features.Runs;
using Minzheng.Platform.Errors;

namespace Minzheng.Monitoring;

/// <summary>What the CLI does with monitoring (`mz monitor upload|run`), each in its own scope as the system user.</summary>
internal sealed class MonitoringOperations(IServiceScopeFactory scopes) : IMonitoringOperations
{
    public async Task<FeedStored> UploadAsync(string kind, string path, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var file = new FeedFile(Path.GetFileName(path), () => File.OpenRead(path));
        var r = await scope.ServiceProvider.GetRequiredService<UploadFeedHandler>().HandleAsync(kind, file, UploadChannel.Cli, ct);
        return new FeedStored(r.Id, r.Kind, r.Version, r.Rows, r.Sm3, r.Duplicate);
    }

    public async Task<IReadOnlyList<string>> PurgeFeedsAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await Minzheng.Platform.Settings.SettingsAdmin.EnsureDefaultsAsync(scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Data.PlatformDbContext>(),
            scope.ServiceProvider.GetServices<Minzheng.Platform.Settings.SettingCatalogue>(), ct);
        await Data.Sealed.LegacyFeedSealing.SealAllAsync(scope.ServiceProvider, ct);
        return (await scope.ServiceProvider.GetRequiredService<PurgeFeedsHandler>().HandleAsync(ct)).Versions;
    }

    public async Task<MonthlyRunDone> RunAsync(string period, DateOnly? asOf, IProgress<int>? progress, CancellationToken ct = default)
    {
        Guid id;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // A database the web host never started has no settings yet: the shipped defaults, as on first start.
            await Minzheng.Platform.Settings.SettingsAdmin.EnsureDefaultsAsync(scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Data.PlatformDbContext>(),
                scope.ServiceProvider.GetServices<Minzheng.Platform.Settings.SettingCatalogue>(), ct);
            id = (await scope.ServiceProvider.GetRequiredService<StartRunHandler>().HandleAsync(new StartRunRequest(period, asOf), ct)).Id;
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            try
            {
                await scope.ServiceProvider.GetRequiredService<RunExecutor>().ExecuteAsync(id, progress, ct);
            }
            catch (InvalidOperationException e)
            {
                throw new BusinessRuleException(e.Message);
            }
            catch (Minzheng.Matching.Csv.FeedFileException e)
            {
                throw new BusinessRuleException(e.Message);
            }
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var run = await scope.ServiceProvider.GetRequiredService<StartRunHandler>().GetAsync(id, ct);
            return new MonthlyRunDone(run.Id, run.Period, run.AsOf, run.Attempts, run.Monitored, run.Households, run.Findings, run.AlertsCreated);
        }
    }
}
