using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.WorkPlan.Contracts;
using Spectre.Console;

namespace Minzheng.Cli.Commands;

/// <summary>`mz workplan load FILE` and `mz workplan status YEAR`: a year's plan from its data file, and where it stands.</summary>
internal static class WorkPlanCommand
{
    public static Command Build()
    {
        var command = new Command("workplan", "Work plans (工作要点): load a plan file, show its progress");
        command.Subcommands.Add(Load());
        command.Subcommands.Add(Status());
        return command;
    }

    private static Command Load()
    {
        var db = new DatabaseArgs();
        var file = new Argument<FileInfo>("FILE") { Description = "the plan file, e.g. plans/2022.json" };
        var load = new Command("load", "Load or update a year's plan from its file (whole or not at all; the same file again changes nothing)") { file };
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
            try
            {
                var loaded = await services.GetRequiredService<IWorkPlanOperations>().LoadAsync(await File.ReadAllBytesAsync(path.FullName, ct), ct);
                var what = loaded.Outcome switch { PlanLoadOutcome.Created => "loaded", PlanLoadOutcome.Updated => "updated", _ => "unchanged (same file already loaded)" };
                Console.WriteLine($"{loaded.Year} {loaded.Title}: {what}; {loaded.Parts} parts, {loaded.Points} points, {loaded.Targets} targets");
                return 0;
            }
            catch (Minzheng.Platform.Errors.InputValidationException e)
            {
                Console.Error.WriteLine("error: the plan file was not loaded:");
                foreach (var (where, messages) in e.Errors)
                {
                    foreach (var message in messages)
                    {
                        Console.Error.WriteLine($"  {where}: {message}");
                    }
                }

                return 2;
            }
        });
        return load;
    }

    private static Command Status()
    {
        var db = new DatabaseArgs();
        var year = new Argument<int>("YEAR") { Description = "the plan's year" };
        var asOf = new Option<string?>("--as-of") { Description = "evaluate on this day (yyyy-MM-dd; default today)" };
        var status = new Command("status", "Every target of a year's plan with its value and status") { year, asOf };
        db.AddTo(status);
        status.SetAction(async (result, ct) =>
        {
            DateOnly? day = result.GetValue(asOf) is { } text
                ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw new ArgumentException($"--as-of '{text}' is not a date (yyyy-MM-dd)")
                : null;
            await using var services = db.BuildServices(result);
            var plan = await services.GetRequiredService<IWorkPlanOperations>().StatusAsync(result.GetValue(year), day, ct);
            var table = new Table().AddColumns("要点", "指标", "当前值", "目标", "状态", "说明");
            foreach (var t in plan.Targets)
            {
                table.AddRow(t.Point.ToString(CultureInfo.InvariantCulture), Markup.Escape(t.Name), t.Value, Markup.Escape(t.Goal), t.Status, Markup.Escape(t.Reason));
            }

            AnsiConsole.Write(table);
            Console.WriteLine($"{plan.Title} as of {plan.AsOf:yyyy-MM-dd}: {plan.Percent}% overall; "
                + string.Join(", ", plan.Counts.Select(c => $"{c.Key} {c.Value}")));
            return 0;
        });
        return status;
    }
}
