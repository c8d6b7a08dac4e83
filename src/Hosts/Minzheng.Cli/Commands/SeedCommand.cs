using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Modules;
using Minzheng.Registry;
using Spectre.Console;

namespace Minzheng.Cli.Commands;

/// <summary>`mz seed demo --scale district|city`: the deterministic demo district (migrates first). Safe to re-run.</summary>
internal static class SeedCommand
{
    public static Command Build()
    {
        var db = new DatabaseArgs();
        var scale = new Option<string>("--scale") { Description = "district (10,000 households) or city (200,000)", DefaultValueFactory = _ => "district" };
        var seed = new Option<int>("--seed") { Description = "random seed", DefaultValueFactory = _ => 430408 };
        var demo = new Command("demo", "Seed the demo district: regions, households, persons") { scale, seed };
        db.AddTo(demo);
        demo.SetAction(async (result, ct) =>
        {
            var s = result.GetValue(scale) switch
            {
                "district" => 1,
                "city" => 20,
                var other => throw new ArgumentException($"unknown scale '{other}': use district or city"),
            };
            await MigrateCommand.ApplyAsync(db.Read(result), ct);
            await using var services = db.BuildServices(result);
            await services.GetRequiredService<Minzheng.Platform.Calendar.HolidayCalendar>().ApplyAsync(ct);
            var total = RegistryModule.DemoHouseholdsPerScale * s;
            string? seeded = null;
            await AnsiConsole.Progress().StartAsync(async ctx =>
            {
                var task = ctx.AddTask("households", maxValue: total);
                seeded = await new RegistryModule().SeedDemoAsync(services, new DemoSeed(s, result.GetValue(seed), new Progress<int>(done => task.Value = done)), ct);
                task.Value = total;
            });
            Console.WriteLine(seeded is null ? "demo data already present: nothing changed" : $"seeded {seeded}");
            return 0;
        });
        var command = new Command("seed", "Seed data");
        command.Subcommands.Add(demo);
        return command;
    }
}
