using Microsoft.Extensions.DependencyInjection;
using Minzheng.Assistance.Contracts;
using Minzheng.Assistance.Features.Payroll;

namespace Minzheng.Assistance;

/// <summary>What the CLI does with social assistance (`mz payroll prepare`), each step in its own scope as the system user.</summary>
internal sealed class AssistanceOperations(IServiceScopeFactory scopes) : IPayrollOperations
{
    public async Task<PreparedPayroll> PrepareAsync(string town, string month, string? programme, IProgress<int>? progress, CancellationToken ct = default)
    {
        Guid id;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // A database the web host never started has no settings yet: the shipped defaults, as on first start.
            await Minzheng.Platform.Settings.SettingsAdmin.EnsureDefaultsAsync(scope.ServiceProvider.GetRequiredService<Minzheng.Platform.Data.PlatformDbContext>(),
                scope.ServiceProvider.GetServices<Minzheng.Platform.Settings.SettingCatalogue>(), ct);
            id = (await scope.ServiceProvider.GetRequiredService<PreparePayrollHandler>().StartAsync(new PrepareRequest(town, month, programme), ct)).Id;
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var run = await scope.ServiceProvider.GetRequiredService<PreparePayrollHandler>().ExecuteAsync(id, progress, ct);
            return new PreparedPayroll(run.Id, run.Programme, run.TownCode, run.Month, run.Payments, run.TotalFen);
        }
    }
}
