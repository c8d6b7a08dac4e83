using Microsoft.Extensions.DependencyInjection;
using Minzheng.Assistance.Features.Payroll;

namespace Minzheng.Assistance;

/// <summary>What the CLI does with social assistance (`mz payroll prepare`), each step in its own scope as the system user.</summary>
public static class AssistanceOperations
{
    public sealed record PreparedPayroll(Guid Id, string Programme, string Town, string Month, int Payments, long TotalFen);

    /// <summary>Starts (or restarts, after a crash) the payroll of a programme, town and month and prepares it here, reporting percent done.</summary>
    public static async Task<PreparedPayroll> PreparePayrollAsync(IServiceProvider services, string town, string month, string? programme, IProgress<int>? progress, CancellationToken ct = default)
    {
        Guid id;
        await using (var scope = services.CreateAsyncScope())
        {
            // A database the web host never started has no settings yet: the shipped defaults, as on first start.
            await Minzheng.Platform.Settings.SettingsAdmin.EnsureDefaultsAsync(scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Data.PlatformDbContext>(),
                scope.ServiceProvider.GetServices<Minzheng.Platform.Settings.SettingCatalogue>(), ct);
            id = (await scope.ServiceProvider.GetRequiredService<PreparePayrollHandler>().StartAsync(new PrepareRequest(town, month, programme), ct)).Id;
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var run = await scope.ServiceProvider.GetRequiredService<PreparePayrollHandler>().ExecuteAsync(id, progress, ct);
            return new PreparedPayroll(run.Id, run.Programme, run.TownCode, run.Month, run.Payments, run.TotalFen);
        }
    }
}
