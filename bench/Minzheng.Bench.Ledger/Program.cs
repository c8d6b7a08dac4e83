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

// Ledger benchmark: appends per second (outbox → log, subtree hashes included), proof latency, audit time.
// Usage: dotnet run -c Release --project bench/Minzheng.Bench.Ledger -- [--entries N] [--batch N] [--provider sqlite|postgres --connection CS] [--proofs-only]
var entries = Arg("--entries", 100_000);

// --proofs-only: measure proofs and the audit on a log already there (--entries = its size), e.g. after a change to reads.
var proofsOnly = args.Contains("--proofs-only");
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
    ["Ledger:BatchSize"] = ArgText("--batch") ?? "10000",
}).Build();
var services = new ServiceCollection();
services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
services.AddPlatform(config);
services.AddSystemUser();
LedgerModule.AddCore(services, config);
await using var sp = services.BuildServiceProvider();

Console.WriteLine($"ledger benchmark: {entries:N0} entries on {provider} ({Environment.ProcessorCount} cores)");
var sw = Stopwatch.StartNew();
if (!proofsOnly)
{
    await using (var scope = sp.CreateAsyncScope())
    {
        // Published raw (one prepared statement on SQLite, binary COPY on PostgreSQL): through EF it took 45 s per million,
        // which kept the 10-million-entry measurement out of reach. The rows are what modules write.
        var ctx = scope.ServiceProvider.GetRequiredService<Minzheng.Ledger.Data.LedgerDbContext>();
        await ctx.Database.OpenConnectionAsync();
        var connection = ctx.Database.GetDbConnection();
        var created = DateTime.UtcNow;
        static string Payload(int i) => $$"""{"amountFen":{{60200 + (i % 500)}},"month":"2022-07","person":"{{i:x64}}","programme":"dibao"}""";
        if (connection is Npgsql.NpgsqlConnection pg)
        {
            await using var copy = await pg.BeginBinaryImportAsync("COPY platform_outbox (\"EventType\", \"Payload\", \"IdempotencyKey\", \"CreatedAtUtc\") FROM STDIN (FORMAT BINARY)");
            for (var i = 0; i < entries; i++)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync("assist.payment", NpgsqlTypes.NpgsqlDbType.Text);
                await copy.WriteAsync(Payload(i), NpgsqlTypes.NpgsqlDbType.Text);
                await copy.WriteAsync($"bench-{i}", NpgsqlTypes.NpgsqlDbType.Text);
                await copy.WriteAsync(created, NpgsqlTypes.NpgsqlDbType.TimestampTz);
            }

            await copy.CompleteAsync();
        }
        else
        {
            for (var from = 0; from < entries; from += 100_000)
            {
                await using var tx = await connection.BeginTransactionAsync();
                await using var cmd = connection.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = "INSERT INTO platform_outbox (\"EventType\", \"Payload\", \"IdempotencyKey\", \"CreatedAtUtc\") VALUES ('assist.payment', $p, $k, $c)";
                var payload = cmd.CreateParameter();
                payload.ParameterName = "$p";
                var key = cmd.CreateParameter();
                key.ParameterName = "$k";
                var at = cmd.CreateParameter();
                at.ParameterName = "$c";
                at.Value = created;
                cmd.Parameters.Add(payload);
                cmd.Parameters.Add(key);
                cmd.Parameters.Add(at);
                cmd.Prepare();
                for (var i = from; i < Math.Min(entries, from + 100_000); i++)
                {
                    payload.Value = Payload(i);
                    key.Value = $"bench-{i}";
                    cmd.ExecuteNonQuery();
                }

                await tx.CommitAsync();
            }
        }

        if (connection is Npgsql.NpgsqlConnection)
        {
            await ctx.Database.ExecuteSqlRawAsync("ANALYZE platform_outbox");
        }
    }

    Console.WriteLine($"  publish to outbox     {sw.Elapsed.TotalSeconds,8:F2} s");
    sw.Restart();
    long appended;
    await using (var scope = sp.CreateAsyncScope())
    {
        // As the web host's worker appends: without first waiting for unrelated transactions to end (autovacuum's ANALYZE
        // of the tables just filled holds a transaction id for a second or two), which `mz ledger append` does.
        (appended, _) = await scope.ServiceProvider.GetRequiredService<LedgerOperations>().AppendAllAsync(forceCheckpoint: true, waitForRunning: false);
    }

    var appendSeconds = sw.Elapsed.TotalSeconds;
    Console.WriteLine($"  append + checkpoint   {appendSeconds,8:F2} s   {appended / appendSeconds,10:N0} appends/s   (target ≥ 100,000/s)");
}

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
if (!proofsOnly) // the audit checks checkpoint signatures, made with the key file of the run that appended
{
    await using var scope = sp.CreateAsyncScope();
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
