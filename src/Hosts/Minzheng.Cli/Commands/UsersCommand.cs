using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Identity;
using Spectre.Console;

namespace Minzheng.Cli.Commands;

/// <summary>`mz users list | add | reset-password | demo`.</summary>
internal static class UsersCommand
{
    public static Command Build()
    {
        var command = new Command("users", "Manage staff accounts");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Add());
        command.Subcommands.Add(Reset());
        command.Subcommands.Add(Demo());
        return command;
    }

    private static Command List()
    {
        var db = new DatabaseArgs();
        var c = new Command("list", "List accounts with roles and regions");
        db.AddTo(c);
        c.SetAction(async (r, ct) =>
        {
            await using var sp = db.BuildServices(r);
            await using var scope = sp.CreateAsyncScope();
            var table = new Table().AddColumns("user", "name", "roles", "regions", "locked");
            foreach (var u in await scope.ServiceProvider.GetRequiredService<UserAdministration>().ListAsync())
            {
                table.AddRow(Markup.Escape(u.UserName), Markup.Escape(u.DisplayName), u.Roles, u.Regions, u.Locked ? "yes" : "");
            }

            AnsiConsole.Write(table);
            return 0;
        });
        return c;
    }

    private static Command Add()
    {
        var db = new DatabaseArgs();
        var name = new Argument<string>("username");
        var display = new Option<string>("--display") { Description = "name shown in the UI", Required = true };
        var role = new Option<string>("--role") { Description = string.Join(", ", Roles.All), Required = true };
        var regions = new Option<string[]>("--region") { Description = "granted region code (repeatable)", AllowMultipleArgumentsPerToken = true };
        var c = new Command("add", "Create an account; prints a one-time password that must be changed at first login") { name, display, role, regions };
        db.AddTo(c);
        c.SetAction(async (r, ct) =>
        {
            await using var sp = db.BuildServices(r);
            await using var scope = sp.CreateAsyncScope();
            var password = await scope.ServiceProvider.GetRequiredService<UserAdministration>()
                .CreateAsync(r.GetValue(name)!, r.GetValue(display)!, r.GetValue(role)!, r.GetValue(regions) ?? []);
            Console.WriteLine($"created {r.GetValue(name)}; one-time password: {password}");
            return 0;
        });
        return c;
    }

    private static Command Reset()
    {
        var db = new DatabaseArgs();
        var name = new Argument<string>("username");
        var c = new Command("reset-password", "Reset a password and unlock; the new one must be changed at next login") { name };
        db.AddTo(c);
        c.SetAction(async (r, ct) =>
        {
            await using var sp = db.BuildServices(r);
            await using var scope = sp.CreateAsyncScope();
            var password = await scope.ServiceProvider.GetRequiredService<UserAdministration>().ResetPasswordAsync(r.GetValue(name)!);
            Console.WriteLine($"reset {r.GetValue(name)}; one-time password: {password}");
            return 0;
        });
        return c;
    }

    private static Command Demo()
    {
        var db = new DatabaseArgs();
        var c = new Command("demo", "Create the missing demo accounts and print their passwords once");
        db.AddTo(c);
        c.SetAction(async (r, ct) =>
        {
            await using var sp = db.BuildServices(r);
            await using var scope = sp.CreateAsyncScope();
            var created = await DemoAccounts.EnsureAsync(scope.ServiceProvider.GetRequiredService<UserAdministration>(), scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>());
            foreach (var (user, display, role, password) in created)
            {
                Console.WriteLine($"{user}\t{password}\t{role}\t{display}");
            }

            Console.WriteLine(created.Count == 0 ? "demo accounts already exist" : $"created {created.Count} demo account(s)");
            return 0;
        });
        return c;
    }
}
