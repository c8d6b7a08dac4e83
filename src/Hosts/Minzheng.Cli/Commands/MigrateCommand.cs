using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Minzheng.Migrations.Postgres;
using Minzheng.Migrations.Sqlite;
using Minzheng.Platform.Data;

namespace Minzheng.Cli.Commands;

/// <summary>`mz migrate --provider sqlite|postgres --connection …`: applies pending migrations of the consolidated model.</summary>
internal static class MigrateCommand
{
    public static Command Build()
    {
        var db = new DatabaseArgs();
        var command = new Command("migrate", "Apply database migrations");
        db.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var options = db.Read(result);
            var applied = await ApplyAsync(options, ct);
            Console.WriteLine(applied.Count == 0 ? "database is up to date" : $"applied {applied.Count} migration(s): {string.Join(", ", applied)}");
            return 0;
        });
        return command;
    }

    public static async Task<IReadOnlyList<string>> ApplyAsync(DatabaseOptions options, CancellationToken ct)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            EnsureSqliteFolder(options.ConnectionString);
        }

        await using DbContext context = options.Provider == DatabaseProvider.Sqlite
            ? SqliteModel.Create(options.ConnectionString)
            : PostgresModel.Create(options.ConnectionString);
        var pending = (await context.Database.GetPendingMigrationsAsync(ct)).ToList();
        await context.Database.MigrateAsync(ct);
        return pending;
    }

    private static void EnsureSqliteFolder(string connectionString) => Minzheng.Platform.Security.OwnerOnlyFolder.SecureSqlite(connectionString);
}
