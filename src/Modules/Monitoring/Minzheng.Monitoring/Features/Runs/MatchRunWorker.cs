using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Minzheng.Platform.Jobs;

namespace Minzheng.Monitoring.Features.Runs;

/// <summary>Does the monthly runs started from the page or the API in the background; failures are recorded on the run (Failed, with the reason).</summary>
internal sealed class MatchRunWorker(IServiceScopeFactory scopes, JobOptions options, TimeProvider clock, ILogger<MatchRunWorker> logger)
    : JobWorker(scopes, options, clock, logger)
{
    protected override string Kind => StartRunHandler.JobKind;

    protected override Task RunAsync(IServiceProvider services, Guid runId, CancellationToken ct) =>
        services.GetRequiredService<RunExecutor>().ExecuteAsync(runId, ct: ct);
}
