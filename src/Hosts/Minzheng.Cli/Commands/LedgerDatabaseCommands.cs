using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Ledger.Contracts;
using Spectre.Console;

namespace Minzheng.Cli.Commands;

/// <summary>`mz ledger append` and `mz ledger audit`: the stored log in the configured database.</summary>
internal static class LedgerDatabaseCommands
{
    private static Option<string> KeyFile() => new("--log-key-file") { Description = "the log's key file", DefaultValueFactory = _ => "data/keys/ledger-log.key" };

    public static Command Append()
    {
        var db = new DatabaseArgs();
        var key = KeyFile();
        var checkpoint = new Option<bool>("--checkpoint") { Description = "sign a checkpoint at the new size even if the policy does not ask yet" };
        var c = new Command("append", "Append the outbox events not yet in the log and sign a checkpoint when due") { key, checkpoint };
        db.AddTo(c);
        c.SetAction(async (r, ct) =>
        {
            await using var sp = db.BuildServices(r, new Dictionary<string, string?> { ["Ledger:LogKeyFile"] = r.GetValue(key) });
            await using var scope = sp.CreateAsyncScope();
            var (total, size) = await scope.ServiceProvider.GetRequiredService<ILedgerOperations>().AppendAllAsync(r.GetValue(checkpoint), ct: ct);
            Console.WriteLine($"appended {total} entries" + (size is null ? string.Empty : $"; signed checkpoint at size {size}"));
            return 0;
        });
        return c;
    }

    public static Command Audit()
    {
        var db = new DatabaseArgs();
        var key = KeyFile();
        var c = new Command("audit", "Recompute the tree from every stored entry and check that every outbox event read is in the log exactly once; exit 1 naming the first index that does not match or the first outbox id missing or duplicated") { key };
        db.AddTo(c);
        c.SetAction(async (r, ct) =>
        {
            await using var sp = db.BuildServices(r, new Dictionary<string, string?> { ["Ledger:LogKeyFile"] = r.GetValue(key) });
            await using var scope = sp.CreateAsyncScope();
            LedgerAudit report = null!;
            await AnsiConsole.Status().StartAsync("auditing the ledger…", async ctx =>
            {
                report = await scope.ServiceProvider.GetRequiredService<ILedgerOperations>()
                    .AuditAsync(new Progress<long>(n => ctx.Status($"auditing the ledger… {n:N0} entries")), ct);
            });
            if (report.Problem is null)
            {
                Console.WriteLine($"ok: {report.Entries} entries and {report.Checkpoints} checkpoints match; every outbox event read is in the log once ({report.Pending} waiting to be appended)");
                return 0;
            }

            if (report.MissingOutboxId is { } outboxId)
            {
                Console.WriteLine($"incomplete at outbox id {outboxId}: {report.Problem}");
                return 1;
            }

            Console.WriteLine($"mismatch at index {report.FirstBadIndex}: {report.Problem}");
            return 1;
        });
        return c;
    }
}
