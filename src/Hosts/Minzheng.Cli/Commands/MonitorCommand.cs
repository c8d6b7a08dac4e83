using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Monitoring.Contracts;
using Minzheng.Platform.Errors;

namespace Minzheng.Cli.Commands;

/// <summary>`mz monitor upload KIND FILE`, `mz monitor run PERIOD` and `mz monitor purge-feeds`: the monthly match against the configured database.</summary>
internal static class MonitorCommand
{
    public static Command Build()
    {
        var command = new Command("monitor", "Low-income monitoring (核对与监测): upload a partner department's feed, run the monthly match, purge feeds past their retention");
        command.Subcommands.Add(Upload());
        command.Subcommands.Add(Run());
        command.Subcommands.Add(Purge());
        return command;
    }

    private static Command Purge()
    {
        var db = new DatabaseArgs();
        var purge = new Command("purge-feeds", "Remove the content of feed versions older than the retention setting (monitor.feed_retention_days); each kind's latest version is kept; audited; safe to re-run");
        db.AddTo(purge);
        purge.SetAction(async (result, ct) =>
        {
            await MigrateCommand.ApplyAsync(db.Read(result), ct);
            await using var services = db.BuildServices(result);
            var purged = await services.GetRequiredService<IMonitoringOperations>().PurgeFeedsAsync(ct);
            Console.WriteLine(purged.Count == 0 ? "nothing to purge" : $"purged {purged.Count}: {string.Join(", ", purged)}");
            return 0;
        });
        return purge;
    }

    private static Command Upload()
    {
        var db = new DatabaseArgs();
        var kind = new Argument<string>("KIND") { Description = "deaths, vehicles, business, property or medical" };
        var file = new Argument<FileInfo>("FILE") { Description = "the feed, CSV (UTF-8) or XLSX, with the columns its kind lists on the 数据接入与比对 page" };
        var upload = new Command("upload", "Check every row and store the feed as its next version (whole or not at all; the same file again is stored once)") { kind, file };
        db.AddTo(upload);
        upload.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                throw new ArgumentException($"no such file: {path.FullName}");
            }

            await MigrateCommand.ApplyAsync(db.Read(result), ct);
            await using var services = db.BuildServices(result);
            try
            {
                var stored = await services.GetRequiredService<IMonitoringOperations>().UploadAsync(result.GetValue(kind)!, path.FullName, ct);
                Console.WriteLine(stored.Duplicate
                    ? $"{stored.Kind}: unchanged (the same file is version {stored.Version})"
                    : $"{stored.Kind}: stored as version {stored.Version}, {stored.Rows} rows, SM3 {stored.Sm3}");
                return 0;
            }
            catch (InputValidationException e)
            {
                Console.Error.WriteLine("error: the feed was not stored:");
                foreach (var (where, messages) in e.Errors)
                {
                    Console.Error.WriteLine($"  {where}: {string.Join("; ", messages)}");
                }

                return 2;
            }
        });
        return upload;
    }

    private static Command Run()
    {
        var db = new DatabaseArgs();
        var period = new Argument<string>("PERIOD") { Description = "the month, YYYY-MM" };
        var asOf = new Option<string?>("--as-of") { Description = "reference day of the rules (yyyy-MM-dd; default the month's last day)" };
        var run = new Command("run", "Match the monitored population against every feed's latest version and raise alerts for the towns (safe to re-run)") { period, asOf };
        db.AddTo(run);
        run.SetAction(async (result, ct) =>
        {
            DateOnly? day = result.GetValue(asOf) is { } text
                ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw new ArgumentException($"--as-of '{text}' is not a date (yyyy-MM-dd)")
                : null;
            await MigrateCommand.ApplyAsync(db.Read(result), ct);
            await using var services = db.BuildServices(result);
            await services.GetRequiredService<Minzheng.Platform.Calendar.HolidayCalendar>().ApplyAsync(ct);
            var done = await CliProgress.RunAsync("matching", p => services.GetRequiredService<IMonitoringOperations>().RunAsync(result.GetValue(period)!, day, p, ct));
            Console.WriteLine($"{done.Period} (as of {done.AsOf:yyyy-MM-dd}, attempt {done.Attempts}): {done.Monitored} persons in {done.Households} households monitored, "
                + $"{done.Findings} findings, {done.AlertsCreated} new alerts");

            // The alerts' reviews reach social assistance as events: hand them over now rather than at the web host's next pass.
            Console.WriteLine($"handed {await OutboxCommand.DispatchAllAsync(services, ct)} events to their subscribers");
            return 0;
        });
        return run;
    }
}
