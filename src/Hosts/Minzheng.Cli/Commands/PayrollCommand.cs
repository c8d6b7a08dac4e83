using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Assistance.Contracts;
using Minzheng.Kernel.Money;

namespace Minzheng.Cli.Commands;

/// <summary>`mz payroll prepare --town T --month YYYY-MM [--programme dibao|tekun]`: 造册 against the configured database.</summary>
internal static class PayrollCommand
{
    public static Command Build()
    {
        var command = new Command("payroll", "Social-assistance payroll (发放造册)");
        command.Subcommands.Add(Prepare());
        return command;
    }

    private static Command Prepare()
    {
        var db = new DatabaseArgs();
        var town = new Option<string>("--town") { Description = "the town's 9-digit code", Required = true };
        var month = new Option<string>("--month") { Description = "the month paid for, YYYY-MM", Required = true };
        var programme = new Option<string?>("--programme") { Description = "dibao (default) or tekun" };
        var prepare = new Command("prepare", "Prepare a town's monthly payroll of a programme: one payment per beneficiary and month, bank returns re-issued; "
            + "safe to re-run and to resume after a crash (only what is missing is added); approval stays a second person's step in the web UI") { town, month, programme };
        db.AddTo(prepare);
        prepare.SetAction(async (result, ct) =>
        {
            await MigrateCommand.ApplyAsync(db.Read(result), ct);
            await using var services = db.BuildServices(result);
            var done = await CliProgress.RunAsync("造册", p => services.GetRequiredService<IPayrollOperations>().PrepareAsync(result.GetValue(town)!, result.GetValue(month)!, result.GetValue(programme), p, ct));
            Console.WriteLine($"{done.Programme} {done.Town} {done.Month}: {done.Payments} payments, {new Money(done.TotalFen)} (run {done.Id})");
            return 0;
        });
        return prepare;
    }
}
