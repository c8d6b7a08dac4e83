using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Registry.Features.SeedDemo;
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
                "district" => DemoScale.District,
                "city" => DemoScale.City,
                var other => throw new ArgumentException($"unknown scale '{other}': use district or city"),
            };
            await MigrateCommand.ApplyAsync(db.Read(result), ct);
            await using var services = db.BuildServices(result);
            await using var scope = services.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetRequiredService<SeedDemoHandler>();
            var total = SeedDemoHandler.DistrictHouseholds * (int)s;
            var created = 0;
            await AnsiConsole.Progress().StartAsync(async ctx =>
            {
                var task = ctx.AddTask("households", maxValue: total);
                created = await handler.HandleAsync(s, result.GetValue(seed), new Progress<int>(done => task.Value = done), ct);
                task.Value = total;
            });
            Console.WriteLine(created == 0 ? "demo data already present: nothing changed" : $"seeded {created} households");
            return 0;
        });
        var command = new Command("seed", "Seed data");
        command.Subcommands.Add(demo);
        return command;
    }
}
