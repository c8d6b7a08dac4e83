using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Calendar;

namespace Minzheng.Cli.Commands;

/// <summary>`mz calendar load FILE` and `mz calendar list`: the working-day calendar's holiday years.</summary>
internal static class CalendarCommand
{
    public static Command Build()
    {
        var command = new Command("calendar", "The working-day calendar (法定节假日安排) that step deadlines are counted in: load next year's notice, list the years known");
        command.Subcommands.Add(Load());
        command.Subcommands.Add(List());
        return command;
    }

    private static Command Load()
    {
        var db = new DatabaseArgs();
        var file = new Argument<FileInfo>("FILE")
        {
            Description = "the year's arrangement as JSON, in the format of src/Libraries/Minzheng.Kernel/Calendar/Data/cn-2026.json: "
                + "year, source (the 国务院办公厅 notice and its date), holidays [{name, from, to}], makeupWorkdays [dates]",
        };
        var load = new Command("load", "Check a year's holiday arrangement and store it for every node (replacing an earlier load of that year); the web host picks it up within 5 minutes") { file };
        db.AddTo(load);
        load.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                throw new ArgumentException($"no such file: {path.FullName}");
            }

            await MigrateCommand.ApplyAsync(db.Read(result), ct);
            await using var services = db.BuildServices(result);
            var year = await services.GetRequiredService<HolidayCalendar>().LoadAsync(await File.ReadAllTextAsync(path.FullName, ct), $"mz ({Environment.UserName})", ct);
            Console.WriteLine($"{year.Year}: loaded, {year.Holidays.Count} holidays ({year.Holidays.Sum(h => h.To.DayNumber - h.From.DayNumber + 1)} days off), "
                + $"{year.MakeupWorkdays.Count} weekend workdays; source: {year.Source}");
            return 0;
        });
        return load;
    }

    private static Command List()
    {
        var db = new DatabaseArgs();
        var list = new Command("list", "The years whose holiday arrangement is known, with their source; deadlines counted from any other year are refused");
        db.AddTo(list);
        list.SetAction(async (result, ct) =>
        {
            await MigrateCommand.ApplyAsync(db.Read(result), ct);
            await using var services = db.BuildServices(result);
            foreach (var (year, source, origin) in await services.GetRequiredService<HolidayCalendar>().ListAsync(ct))
            {
                Console.WriteLine($"{year}  {source}  ({origin})");
            }

            return 0;
        });
        return list;
    }
}
