using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform;
using Minzheng.TestSupport;
using Minzheng.Ledger.Data;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Platform.Outbox;

namespace Minzheng.IntegrationTests.Ledger;

internal static class LedgerTestData
{
    /// <summary>The ledger's services on a test database, as the CLI builds them (system user, no web host).</summary>
    public static ServiceProvider Services(TestDatabase db, int batchSize = 10_000)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = db.Options.Provider.ToString(),
            ["Database:ConnectionString"] = db.Options.ConnectionString,
            ["Protection:KeyFile"] = db.KeyFile,
            ["Ledger:LogKeyFile"] = Path.Combine(db.Folder, "log.key"),
            ["Ledger:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPlatform(config);
        services.AddSystemUser();
        Minzheng.Ledger.LedgerModule.AddCore(services, config);
        return services.BuildServiceProvider();
    }

    /// <summary>Appends what readers may take right now, without waiting for transactions still running.</summary>
    public static async Task<long> AppendNowAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Minzheng.Ledger.Features.AppendEntries.AppendEntriesHandler>().HandleAsync();
    }

    /// <summary>Appends everything committed before the call, as `mz ledger append` does.</summary>
    public static async Task<long> AppendAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<Minzheng.Ledger.LedgerOperations>().AppendAllAsync(forceCheckpoint: false)).Appended;
    }

    public static async Task<Minzheng.Ledger.Contracts.LedgerAudit> AuditAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Minzheng.Ledger.LedgerOperations>().AuditAsync(null);
    }

    public static LedgerDbContext Context(DatabaseOptions db)
    {
        var builder = new DbContextOptionsBuilder<LedgerDbContext>();
        db.Apply(builder);
        return new LedgerDbContext(builder.Options, new SystemUser(), TimeProvider.System);
    }

    /// <summary>Publishes payment-like events as a module would (no personal data: a salted commitment stands for the person).</summary>
    public static async Task PublishAsync(DatabaseOptions db, int count)
    {
        await using var ctx = Context(db);
        var run = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < count; i++)
        {
            ctx.Outbox.Add(new OutboxMessage
            {
                EventType = "assist.payment",
                Payload = $$"""{"amountFen":{{60200 + i}},"month":"2022-07","person":"{{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i)))}}","programme":"dibao"}""",
                IdempotencyKey = $"test-{run}-{i}",
                CreatedAtUtc = DateTime.UtcNow,
            });
        }

        await ctx.SaveChangesAsync();
    }
}
