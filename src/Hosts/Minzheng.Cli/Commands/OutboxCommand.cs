using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Platform.Data;
using Minzheng.Platform.Outbox;
using Minzheng.Platform.Outbox.Subscribers;

namespace Minzheng.Cli.Commands;

/// <summary>`mz outbox dispatch` and `mz outbox status`: the modules' subscribers to each other's events.</summary>
internal static class OutboxCommand
{
    public static Command Build()
    {
        var command = new Command("outbox", "Events between modules: hand waiting events to their subscribers, show where each subscriber stands");
        command.Subcommands.Add(Dispatch());
        command.Subcommands.Add(Status());
        return command;
    }

    /// <summary>Delivers until nothing is left (or every subscriber waits on a retry); the web host does this every few seconds.</summary>
    public static async Task<int> DispatchAllAsync(IServiceProvider services, CancellationToken ct)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            // Everything committed before the command: wait for transactions still running (a minute at most).
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            await db.Database.OpenConnectionAsync(ct);
            await OutboxFeed.WaitForHorizonAsync(db.Database.GetDbConnection(), TimeSpan.FromMinutes(1), ct);
        }

        var dispatcher = services.GetRequiredService<SubscriberDispatcher>();
        var total = 0;
        for (var handled = await dispatcher.DispatchAllAsync(ct); handled > 0; handled = await dispatcher.DispatchAllAsync(ct))
        {
            total += handled;
        }

        return total;
    }

    private static Command Dispatch()
    {
        var db = new DatabaseArgs();
        var c = new Command("dispatch", "Hand every waiting internal event to its subscribers (safe to re-run: each is handled once)");
        db.AddTo(c);
        c.SetAction(async (r, ct) =>
        {
            await using var sp = db.BuildServices(r);
            Console.WriteLine($"handled {await DispatchAllAsync(sp, ct)} events");
            return 0;
        });
        return c;
    }

    private static Command Status()
    {
        var db = new DatabaseArgs();
        var c = new Command("status", "Each subscriber's position and the events set aside (exit 1 when any is dead)");
        db.AddTo(c);
        c.SetAction(async (r, ct) =>
        {
            await using var sp = db.BuildServices(r);
            await using var scope = sp.CreateAsyncScope();
            var ctx = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            foreach (var s in await ctx.Set<SubscriptionCheckpoint>().AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct))
            {
                Console.WriteLine($"{s.Name}: at {s.Position} ({s.UpdatedAtUtc:yyyy-MM-dd HH:mm:ss} UTC)");
            }

            var letters = await ctx.Set<DeadLetter>().AsNoTracking().Where(d => d.Status != DeadLetterStatus.Resolved).OrderBy(d => d.FirstFailedAtUtc).ToListAsync(ct);
            foreach (var d in letters)
            {
                Console.WriteLine($"{d.Status.ToString().ToLowerInvariant()}: {d.Subscriber} outbox #{d.OutboxId} {d.EventType}, {d.Attempts} attempts: {d.LastError}");
            }

            return letters.Any(d => d.Status == DeadLetterStatus.Dead) ? 1 : 0;
        });
        return c;
    }
}
