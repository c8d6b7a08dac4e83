using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Minzheng.Matching.Csv;
using Minzheng.Matching.Engine;
using Spectre.Console;

namespace Minzheng.Cli.Commands;

/// <summary>`mz match`: MATCHING.md's batch matching, file to file (the platform's monthly job runs the same engine).</summary>
internal static class MatchCommand
{
    public static Command Build()
    {
        var monitored = new Option<FileInfo>("--monitored") { Description = "monitored.csv (or .xlsx): id_number,household_id,programme,region_code", Required = true };
        var feeds = new Option<string[]>("--feed") { Description = "KIND=FILE, KIND one of deaths, vehicles, business, property, medical (repeatable)", AllowMultipleArgumentsPerToken = false };
        var asOf = new Option<string?>("--as-of") { Description = "reference date YYYY-MM-DD (default today, Asia/Shanghai)" };
        var output = new Option<FileInfo>("--out") { Description = "findings.csv to write: household_id,id_number,rule,value", Required = true };
        var rejects = new Option<FileInfo?>("--rejects") { Description = "rejects.csv to write: file,line,reason for every rejected row" };
        var threads = new Option<int>("--threads") { Description = "worker threads (default: the number of cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var vehicleLimit = new Option<decimal>("--vehicle-limit") { Description = "vehicle_over_limit fires above this value (yuan)", DefaultValueFactory = _ => 50000m };
        var medicalLimit = new Option<decimal>("--medical-limit") { Description = "medical_burden fires above this yearly out-of-pocket sum (yuan)", DefaultValueFactory = _ => 20000m };
        var propertyCount = new Option<int>("--property-count") { Description = "property_over_limit fires at this many distinct certificates", DefaultValueFactory = _ => 2 };
        var command = new Command("match", "Match the monitored population against partner departments' feeds (the monthly 核对 match)")
        {
            monitored, feeds, asOf, output, rejects, threads, vehicleLimit, medicalLimit, propertyCount,
        };
        command.SetAction(result =>
        {
            var day = result.GetValue(asOf) is { } text
                ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw new ArgumentException($"--as-of '{text}' is not a date (YYYY-MM-DD)")
                : DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Shanghai"));
            var inputs = (result.GetValue(feeds) ?? []).Select(ParseFeed).ToList();
            var monitoredFile = result.GetValue(monitored)!;
            foreach (var file in inputs.Select(i => i.Path).Prepend(monitoredFile.FullName))
            {
                if (!File.Exists(file))
                {
                    throw new ArgumentException($"no such file: {file}");
                }
            }

            var rules = new MatchRules
            {
                VehicleLimitFen = (long)(result.GetValue(vehicleLimit) * 100),
                MedicalLimitFen = (long)(result.GetValue(medicalLimit) * 100),
                PropertyCount = result.GetValue(propertyCount),
            };
            var matcher = new Matcher(rules, day, result.GetValue(threads));
            var watch = Stopwatch.StartNew();
            MatchResult match;
            try
            {
                match = RunWithProgress(matcher, monitoredFile.FullName, inputs);
            }
            catch (FeedFileException e)
            {
                Console.Error.WriteLine($"error: {e.File} rejected: {e.Reason}");
                return 2;
            }

            WriteFindings(result.GetValue(output)!.FullName, match.Findings);
            if (result.GetValue(rejects) is { } rejectsFile)
            {
                WriteRejects(rejectsFile.FullName, match.Rejects);
            }

            watch.Stop();
            foreach (var f in match.Files)
            {
                Console.WriteLine($"{f.File} ({f.Kind}): {f.Rows} rows read, {f.Rejected} rejected");
            }

            foreach (var rule in MatchRules.RuleNames)
            {
                Console.WriteLine($"{rule}: {match.Findings.Count(x => x.Rule == rule)} findings");
            }

            Console.WriteLine($"elapsed: {watch.Elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)} s");
            return 0;
        });
        return command;
    }

    private static MatchResult RunWithProgress(Matcher matcher, string monitored, List<FeedInput> inputs)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return matcher.Run(monitored, inputs);
        }

        var total = inputs.Sum(i => new FileInfo(i.Path).Length) + new FileInfo(monitored).Length;
        MatchResult? match = null;
        AnsiConsole.Progress().Start(ctx =>
        {
            var task = ctx.AddTask("matching", maxValue: total);
            match = matcher.Run(monitored, inputs, new Progress<long>(n => task.Increment(n)));
            task.Value = total;
        });
        return match!;
    }

    private static FeedInput ParseFeed(string text)
    {
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            throw new ArgumentException($"--feed '{text}' should be KIND=FILE");
        }

        return new FeedInput(FeedSchemas.Parse(text[..eq]), Path.GetFullPath(text[(eq + 1)..]));
    }

    private static void WriteFindings(string path, IReadOnlyList<Finding> findings)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        writer.WriteLine("household_id,id_number,rule,value");
        foreach (var f in findings)
        {
            writer.Write(Csv(f.HouseholdId));
            writer.Write(',');
            writer.Write(f.IdNumber);
            writer.Write(',');
            writer.Write(f.Rule);
            writer.Write(',');
            writer.WriteLine(f.Value);
        }
    }

    private static void WriteRejects(string path, IReadOnlyList<RejectedRow> rejects)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        writer.WriteLine("file,line,reason");
        foreach (var r in rejects)
        {
            writer.WriteLine($"{Csv(r.File)},{r.Line},{Csv(r.Reason)}");
        }
    }

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
