using System.Diagnostics;
using System.Globalization;
using Minzheng.Bench.Matching;

// dotnet run -c Release --project bench/Minzheng.Bench.Matching -- --tier district|city|province [--dir DIR] [--threads 2]
// Generates the tier's files once (deterministic), times `mz match` and the same rules in DuckDB on them, each in its
// own process under /usr/bin/time for the peak memory, checks that both found the same, and prints the table row.
var options = Args.Parse(args);
var asOf = new DateOnly(2022, 12, 31);
if (options.Get("mode") == "duck")
{
    // The child process that runs DuckDB alone, so that its memory is measured like mz's.
    var elapsed = DuckDbRules.Run(options.Get("dir")!, asOf, options.Get("out")!, int.Parse(options.Get("threads") ?? "2", CultureInfo.InvariantCulture));
    Console.WriteLine($"duckdb elapsed {elapsed.TotalSeconds:0.000}");
    return 0;
}

var tier = Tier.Parse(options.Get("tier") ?? "district");
var threads = options.Get("threads") ?? "2";
var dir = Path.GetFullPath(options.Get("dir") ?? Path.Combine("bench", "data", "matching", tier.Name));
if (!File.Exists(Path.Combine(dir, "medical.csv")))
{
    var gen = Stopwatch.StartNew();
    new Generator(tier, 20221231, asOf).Write(dir);
    Console.WriteLine($"generated {tier.Name} files in {dir} in {gen.Elapsed.TotalSeconds:0.0} s ({Directory.GetFiles(dir, "*.csv").Sum(f => new FileInfo(f).Length) / 1e6:0} MB)");
}

// mz as an operator deploys it: published Release with ReadyToRun code (no JIT warm-up at start).
var root = RepoRoot();
var published = Path.Combine(root, "bench", "data", "mz");
Run("dotnet", ["publish", Path.Combine(root, "src", "Hosts", "Minzheng.Cli"), "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", published, "-v", "q"]);
var mz = Path.Combine(published, "mz.dll");

string[] feeds = ["deaths", "vehicles", "business", "property", "medical"];
var ours = Path.Combine(dir, "findings.mz.csv");
var theirs = Path.Combine(dir, "findings.duckdb.csv");
var mzArgs = new List<string> { mz, "match", "--monitored", Path.Combine(dir, "monitored.csv"), "--as-of", "2022-12-31", "--out", ours, "--rejects", Path.Combine(dir, "rejects.mz.csv"), "--threads", threads };
foreach (var f in feeds)
{
    mzArgs.AddRange(["--feed", $"{f}={Path.Combine(dir, f + ".csv")}"]);
}

var self = typeof(Tier).Assembly.Location;
var mzRun = Timed("dotnet", mzArgs);
var duckRun = Timed("dotnet", [self, "--mode", "duck", "--dir", dir, "--out", theirs, "--threads", threads]);
var a = File.ReadLines(ours).Skip(1).ToHashSet(StringComparer.Ordinal);
var b = File.ReadLines(theirs).Skip(1).ToHashSet(StringComparer.Ordinal);
var same = a.SetEquals(b);
Console.WriteLine();
Console.WriteLine("| tier | findings | mz match | DuckDB (2 threads) | DuckDB / mz | mz peak | DuckDB peak | same findings |");
Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
Console.WriteLine($"| {tier.Name} | {a.Count:N0} | {mzRun.Seconds:0.00} s | {duckRun.Seconds:0.00} s | {duckRun.Seconds / mzRun.Seconds:0.00}× | {mzRun.PeakMb:N0} MB | {duckRun.PeakMb:N0} MB | {(same ? "yes" : "NO")} |");
if (!same)
{
    foreach (var line in a.Except(b).Take(5))
    {
        Console.WriteLine($"  only mz:     {line}");
    }

    foreach (var line in b.Except(a).Take(5))
    {
        Console.WriteLine($"  only duckdb: {line}");
    }

    return 1;
}

return 0;

static (double Seconds, double PeakMb) Timed(string file, IEnumerable<string> arguments)
{
    // GNU time prints elapsed seconds and the peak resident set (KB) of the child.
    var output = Run("/usr/bin/time", ["-f", "__time__ %e %M", file, .. arguments]);
    var line = output.Split('\n').Last(l => l.StartsWith("__time__", StringComparison.Ordinal)).Split(' ');
    return (double.Parse(line[1], CultureInfo.InvariantCulture), double.Parse(line[2], CultureInfo.InvariantCulture) / 1024);
}

static string Run(string file, IEnumerable<string> arguments)
{
    var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in arguments)
    {
        info.ArgumentList.Add(argument);
    }

    using var process = Process.Start(info)!;
    var stdout = process.StandardOutput.ReadToEndAsync();
    var stderr = process.StandardError.ReadToEndAsync();
    process.WaitForExit();
    var text = stdout.Result + stderr.Result;
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{file} failed ({process.ExitCode}):\n{text}");
    }

    Console.Write(stdout.Result);
    return text;
}

static string RepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Minzheng.slnx")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? Directory.GetCurrentDirectory();
}

internal sealed class Args(Dictionary<string, string> values)
{
    public string? Get(string name) => values.GetValueOrDefault(name);

    public static Args Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return new Args(values);
    }
}
