using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Minzheng.Ledger;
using Minzheng.Migrations.Postgres;
using Minzheng.Migrations.Sqlite;
using Minzheng.Platform;
using Minzheng.Platform.Data;
using Minzheng.Platform.Outbox;

// Ledger benchmark: appends per second (outbox → log, subtree hashes included), proof latency, audit time.
// Usage: dotnet run -c Release --project bench/Minzheng.Bench.Ledger -- [--entries N] [--provider sqlite|postgres --connection CS]
var entries = Arg("--entries", 100_000);
var provider = DatabaseOptions.ParseProvider(ArgText("--provider") ?? "sqlite");
var folder = Directory.CreateTempSubdirectory("mz-bench-ledger-").FullName;
var db = new DatabaseOptions
{
    Provider = provider,
    ConnectionString = ArgText("--connection") ?? $"Data Source={Path.Combine(folder, "bench.db")}",
};

await using (DbContext model = provider == DatabaseProvider.Sqlite ? SqliteModel.Create(db.ConnectionString) : PostgresModel.Create(db.ConnectionString))
{
    await model.Database.MigrateAsync();
}

var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = provider.ToString(),
    ["Database:ConnectionString"] = db.ConnectionString,
    ["Protection:KeyFile"] = Path.Combine(folder, "field.key"),
    ["Ledger:LogKeyFile"] = Path.Combine(folder, "log.key"),
    ["Ledger:BatchSize"] = "10000",
}).Build();
var services = new ServiceCollection();
services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
services.AddPlatform(config);
services.AddSystemUser();
LedgerModule.AddCore(services, config);
await using var sp = services.BuildServiceProvider();

Console.WriteLine($"ledger benchmark: {entries:N0} entries on {provider} ({Environment.ProcessorCount} cores)");
var sw = Stopwatch.StartNew();
await using (var scope = sp.CreateAsyncScope())
{
    var ctx = scope.ServiceProvider.GetRequiredService<Minzheng.Ledger.Data.LedgerDbContext>();
    ctx.ChangeTracker.AutoDetectChangesEnabled = false;
    for (var i = 0; i < entries; i++)
    {
        ctx.Outbox.Add(new OutboxMessage
        {
            EventType = "assist.payment",
            Payload = $$"""{"amountFen":{{60200 + (i % 500)}},"month":"2022-07","person":"{{i:x64}}","programme":"dibao"}""",
            IdempotencyKey = $"bench-{i}",
            CreatedAtUtc = DateTime.UtcNow,
        });
        if (i % 10_000 == 9_999)
        {
            await ctx.SaveChangesAsync();
            ctx.ChangeTracker.Clear();
        }
    }

    await ctx.SaveChangesAsync();
}

Console.WriteLine($"  publish to outbox     {sw.Elapsed.TotalSeconds,8:F2} s");
sw.Restart();
long appended;
await using (var scope = sp.CreateAsyncScope())
{
    (appended, _) = await scope.ServiceProvider.GetRequiredService<LedgerOperations>().AppendAllAsync(forceCheckpoint: true);
}

var appendSeconds = sw.Elapsed.TotalSeconds;
Console.WriteLine($"  append + checkpoint   {appendSeconds,8:F2} s   {appended / appendSeconds,10:N0} appends/s   (target ≥ 100,000/s)");

sw.Restart();
var random = new Random(1);
const int proofs = 1000;
for (var i = 0; i < proofs; i++)
{
    await using var scope = sp.CreateAsyncScope();
    var handler = scope.ServiceProvider.GetRequiredService<Minzheng.Ledger.Features.GetProofs.ProofHandler>();
    await handler.InclusionAsync(random.NextInt64(entries), null);
}

Console.WriteLine($"  inclusion proof       {sw.Elapsed.TotalMilliseconds / proofs,8:F2} ms each (average of {proofs})");
sw.Restart();
await using (var scope = sp.CreateAsyncScope())
{
    var report = await scope.ServiceProvider.GetRequiredService<LedgerOperations>().AuditAsync(null);
    Console.WriteLine($"  audit                 {sw.Elapsed.TotalSeconds,8:F2} s   {(report.Problem ?? "ok")}");
}

if (provider == DatabaseProvider.Sqlite)
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

int Arg(string name, int fallback) => int.TryParse(ArgText(name), out var v) ? v : fallback;

string? ArgText(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
