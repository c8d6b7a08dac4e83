using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Minzheng.Assistance.Features.Payroll;
using Minzheng.Bench.Payroll;
using Minzheng.Migrations.Postgres;
using Minzheng.Migrations.Sqlite;
using Minzheng.Platform;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Platform.Security;

// Payroll benchmark: a month's 低保 payroll for N beneficiaries in every town — prepared (payments), prepared again
// (a re-run that changes nothing), approved by a second person (commitments, outbox events for the ledger) and exported
// as bank files (XLSX per bank) — against plain set-based SQL as the baseline, on the same data.
// Usage: dotnet run -c Release --project bench/Minzheng.Bench.Payroll -- [--beneficiaries N] [--towns T] [--concurrency C] [--provider sqlite|postgres --connection CS]
// --concurrency: towns worked on at once in each step (the payroll worker's setting; approvers and bank-file downloads of
// different towns at the same time); 1 by default.
var beneficiaries = Arg("--beneficiaries", 100_000);
var concurrency = Arg("--concurrency", 1);
var towns = Arg("--towns", Math.Clamp(beneficiaries / 3_500, 1, 999));
var provider = DatabaseOptions.ParseProvider(ArgText("--provider") ?? "sqlite");
var folder = Directory.CreateTempSubdirectory("mz-bench-payroll-").FullName;
var connectionString = ArgText("--connection") ?? $"Data Source={Path.Combine(folder, "bench.db")}";
const string Month = "2023-02";

await using (DbContext model = provider == DatabaseProvider.Sqlite ? SqliteModel.Create(connectionString) : PostgresModel.Create(connectionString))
{
    await model.Database.MigrateAsync();
}

var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:Provider"] = provider.ToString(),
    ["Database:ConnectionString"] = connectionString,
    ["Protection:KeyFile"] = Path.Combine(folder, "field.key"),
}).Build();
var services = new ServiceCollection();
services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
services.AddHttpContextAccessor();
services.AddPlatform(config);
services.AddScoped<CurrentUser>();
services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
new Minzheng.Registry.RegistryModule().AddServices(services, config);
Minzheng.Assistance.AssistanceModule.AddCore(services);
await using var sp = services.BuildServiceProvider();

Console.WriteLine($"payroll benchmark: {beneficiaries:N0} beneficiaries in {towns} towns on {provider} ({Environment.ProcessorCount} cores), month {Month}, {concurrency} town(s) at once");
var results = new List<(string Step, double Seconds, string Note)>();
var sw = Stopwatch.StartNew();
await using (var scope = sp.CreateAsyncScope())
{
    var ctx = scope.ServiceProvider.GetRequiredService<Minzheng.Assistance.Data.AssistanceDbContext>();
    await ctx.Database.OpenConnectionAsync();
    await Generator.GenerateAsync(ctx.Database.GetDbConnection(), scope.ServiceProvider.GetRequiredService<FieldProtector>(), beneficiaries, towns,
        done => Console.Write($"\r  generating {done:N0} / {beneficiaries:N0}"));
    await Analyze(ctx);
}

Console.WriteLine();
Console.WriteLine($"  generated in {sw.Elapsed.TotalSeconds:F1} s (not part of the measurement)");

// Baseline: what plain set-based SQL does for the same month — one INSERT … SELECT … ON CONFLICT into a table unique
// on entitlement and month, the bank file as one export, and the idempotent re-run.
await using (var scope = sp.CreateAsyncScope())
{
    var ctx = scope.ServiceProvider.GetRequiredService<Minzheng.Assistance.Data.AssistanceDbContext>();
    await ctx.Database.OpenConnectionAsync();
    ctx.Database.SetCommandTimeout(TimeSpan.FromMinutes(30)); // one statement for every town: past the default 30 s on a slow day
    await ctx.Database.ExecuteSqlRawAsync("""CREATE TABLE bench_baseline (entitlement TEXT NOT NULL, month TEXT NOT NULL, household TEXT NOT NULL, amount_fen BIGINT NOT NULL, PRIMARY KEY (entitlement, month))""");
    var insert = $"""
        INSERT INTO bench_baseline (entitlement, month, household, amount_fen)
        SELECT CAST(c."Id" AS TEXT), '{Month}', CAST(c."HouseholdId" AS TEXT), c."MonthlyAmountFen" FROM assist_cases c
        WHERE c."Status" = 'Approved' AND c."Programme" = 'Dibao' AND c."BenefitFrom" <= '{Month}-01' ON CONFLICT DO NOTHING
        """;
    results.Add(("baseline: INSERT … SELECT … ON CONFLICT", await Timed(() => ctx.Database.ExecuteSqlRawAsync(insert)), string.Empty));
    var export = Path.Combine(folder, "baseline-bank.csv");
    results.Add(("baseline: bank file (one export)", await Timed(() => ExportBaselineAsync(ctx, export)), $"{new FileInfo(export).Length / 1_048_576.0:F0} MB"));
    results.Add(("baseline: re-run (changes nothing)", await Timed(() => ctx.Database.ExecuteSqlRawAsync(insert)), string.Empty));
}

// The platform: every town's payroll through the application's own handlers, as the web job and `mz payroll` run them.
var runs = new Guid[towns];
results.Add(("prepare every town (payments)", await Timed(() => EveryTown(async t => runs[t] = await PrepareAsync(Generator.Town(t)))), string.Empty));
results.Add(("prepare again (changes nothing)", await Timed(() => EveryTown(t => PrepareAsync(Generator.Town(t)))), string.Empty));
long payments = 0;
results.Add(("approve (commitments, outbox events)", await Timed(() => EveryTown(async t =>
{
    await using var scope = sp.CreateAsyncScope();
    scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("bench-approver");
    Interlocked.Add(ref payments, (await scope.ServiceProvider.GetRequiredService<ApprovePayrollHandler>().HandleAsync(runs[t])).Payments);
})), string.Empty));
results[^1] = results[^1] with { Note = $"{payments:N0} payments" };
long bytes = 0;
var files = 0;
results.Add(("bank files (XLSX per bank and town)", await Timed(() => EveryTown(async t =>
{
    await using var scope = sp.CreateAsyncScope();
    scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("bench-preparer");
    var bank = scope.ServiceProvider.GetRequiredService<BankFiles>();
    foreach (var total in await bank.BanksAsync(runs[t]))
    {
        var (_, content) = await bank.FileAsync(runs[t], total.Bank);
        Interlocked.Add(ref bytes, content.Length);
        Interlocked.Increment(ref files);
    }
})), string.Empty));
results[^1] = results[^1] with { Note = $"{files:N0} files, {bytes / 1_048_576.0:F0} MB" };

Console.WriteLine();
Console.WriteLine("| step | seconds | note |");
Console.WriteLine("| --- | ---: | --- |");
foreach (var (step, seconds, note) in results)
{
    Console.WriteLine($"| {step} | {seconds:F2} | {note} |");
}

var ours = results.Where(r => !r.Step.StartsWith("baseline", StringComparison.Ordinal) && !r.Step.StartsWith("prepare again", StringComparison.Ordinal)).Sum(r => r.Seconds);
Console.WriteLine($"| whole run (prepare + approve + bank files) | {ours:F2} | target ≤ 30 s |");
Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576} MB");
return 0;

// Every town's step, in town order, at most `concurrency` towns at once.
Task EveryTown(Func<int, Task> step) =>
    Parallel.ForEachAsync(Enumerable.Range(0, towns), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, concurrency) }, async (t, _) => await step(t));

async Task<Guid> PrepareAsync(string town)
{
    await using var scope = sp.CreateAsyncScope();
    scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystem("bench-preparer");
    var handler = scope.ServiceProvider.GetRequiredService<PreparePayrollHandler>();
    var run = await handler.StartAsync(new PrepareRequest(town, Month));
    return (await handler.ExecuteAsync(run.Id)).Id;
}

static async Task Analyze(Minzheng.Assistance.Data.AssistanceDbContext ctx) => await ctx.Database.ExecuteSqlRawAsync("ANALYZE");

static async Task ExportBaselineAsync(Minzheng.Assistance.Data.AssistanceDbContext ctx, string path)
{
    var connection = ctx.Database.GetDbConnection();
    var select = """SELECT b.entitlement, h."BankName", h."BankAccountCipher", b.amount_fen FROM bench_baseline b JOIN registry_households h ON CAST(h."Id" AS TEXT) = b.household""";
    if (connection is Npgsql.NpgsqlConnection pg)
    {
        await using var reader = await pg.BeginTextExportAsync($"COPY ({select}) TO STDOUT (FORMAT CSV)");
        await using var file = File.CreateText(path);
        await file.WriteAsync(await reader.ReadToEndAsync());
        return;
    }

    await using var cmd = connection.CreateCommand();
    cmd.CommandText = select;
    await using var rows = await cmd.ExecuteReaderAsync();
    await using var writer = File.CreateText(path);
    while (await rows.ReadAsync())
    {
        await writer.WriteLineAsync($"{rows.GetString(0)},{rows.GetString(1)},{rows.GetString(2)},{rows.GetInt64(3)}");
    }
}

static async Task<double> Timed(Func<Task> work)
{
    var sw = Stopwatch.StartNew();
    await work();
    return sw.Elapsed.TotalSeconds;
}

int Arg(string name, int fallback) => ArgText(name) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;

string? ArgText(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
