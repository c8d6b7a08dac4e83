using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Minzheng.Platform;
using Minzheng.Platform.Data;
using Minzheng.Registry;

namespace Minzheng.Cli.Commands;

/// <summary>--provider and --connection, shared by every command that opens the database, and the service container they build.</summary>
internal sealed class DatabaseArgs
{
    public Option<string> Provider { get; } = new("--provider") { Description = "sqlite (default) or postgres", DefaultValueFactory = _ => "sqlite" };

    public Option<string> Connection { get; } = new("--connection") { Description = "connection string (default: Data Source=data/minzheng.db)", DefaultValueFactory = _ => "Data Source=data/minzheng.db" };

    public void AddTo(Command command)
    {
        command.Options.Add(Provider);
        command.Options.Add(Connection);
    }

    public DatabaseOptions Read(ParseResult result) => new()
    {
        Provider = DatabaseOptions.ParseProvider(result.GetValue(Provider)!),
        ConnectionString = result.GetValue(Connection)!,
    };

    /// <summary>Services as the system user; protection keys from MZ_Protection__Keys or the key file beside the data.</summary>
    public ServiceProvider BuildServices(ParseResult result, IDictionary<string, string?>? settings = null)
    {
        var options = Read(result);
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = options.Provider.ToString(),
            ["Database:ConnectionString"] = options.ConnectionString,
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            values[k] = v;
        }

        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(values)
            .AddEnvironmentVariables("MZ_")
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddPlatform(config);
        services.AddSystemUser();
        new RegistryModule().AddServices(services, config);
        Minzheng.Ledger.LedgerModule.AddCore(services, config);
        Minzheng.Assistance.AssistanceModule.AddCore(services);
        Minzheng.WorkPlan.WorkPlanModule.AddCore(services);
        Minzheng.Elderly.ElderlyModule.AddCore(services);
        Minzheng.Monitoring.MonitoringModule.AddCore(services);
        return services.BuildServiceProvider();
    }
}
