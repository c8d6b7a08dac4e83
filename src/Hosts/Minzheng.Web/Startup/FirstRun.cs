using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Minzheng.Migrations.Postgres;
using Minzheng.Migrations.Sqlite;
using Minzheng.Platform.Data;
using Minzheng.Platform.Identity;
using Minzheng.Platform.Security;
using Minzheng.Platform.Settings;
using Minzheng.Platform.Modules;

namespace Minzheng.Web.Startup;

/// <summary>
/// The embedded default prepares itself: migrations (automatic on SQLite only, or when configured),
/// then on first start the demo district and demo accounts, whose passwords are printed once.
/// </summary>
internal static class FirstRun
{
    public static async Task PrepareAsync(WebApplication app)
    {
        var config = app.Configuration;
        var db = app.Services.GetRequiredService<DatabaseOptions>();
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            OwnerOnlyFolder.SecureSqlite(db.ConnectionString);
        }

        if (config.GetValue("Database:AutoMigrate", db.Provider == DatabaseProvider.Sqlite))
        {
            await MigrateAsync(db);
        }

        if (db.Provider == DatabaseProvider.Sqlite)
        {
            OwnerOnlyFolder.SecureSqlite(db.ConnectionString); // the -wal and -shm files the migration made
        }

        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;

        // Shipped standards and thresholds (with their sources) are configuration, not demo data: always present.
        await SettingsAdmin.EnsureDefaultsAsync(sp.GetRequiredService<PlatformDbContext>(), sp.GetServices<SettingCatalogue>());

        // The holiday years an operator loaded (`mz calendar load`) join the shipped ones before anything counts working days.
        await sp.GetRequiredService<Minzheng.Platform.Calendar.HolidayCalendar>().ApplyAsync();

        // So is the bureau's work plan shipped in plans/: loaded once, then the bureau's own revisions stand.
        foreach (var plan in await sp.GetRequiredService<Minzheng.WorkPlan.Contracts.IWorkPlanOperations>().EnsureShippedPlansAsync())
        {
            FirstRunLog.PlanLoaded(app.Logger, plan.Year, plan.Points, plan.Targets);
        }

        if (!config.GetValue("Demo:SeedOnFirstStart", false))
        {
            return;
        }

        // The registry first: the other modules' demo data builds on its households.
        foreach (var module in Modules.All.OrderBy(m => m is Minzheng.Registry.RegistryModule ? 0 : 1))
        {
            if (await module.SeedDemoAsync(app.Services, new DemoSeed()) is { } seeded)
            {
                FirstRunLog.Seeded(app.Logger, seeded);
            }
        }

        var created = await DemoAccounts.EnsureAsync(sp.GetRequiredService<UserAdministration>(), sp.GetRequiredService<UserManager<AppUser>>());
        if (created.Count > 0)
        {
            // Printed once, to the console only: the passwords are stored nowhere in clear.
            Console.WriteLine();
            Console.WriteLine("演示账号（仅显示这一次，请妥善保存；忘记后用 ./mz users reset-password 用户名 重置）:");
            foreach (var (user, display, role, password) in created)
            {
                Console.WriteLine($"  {user,-12} {password}  {role}  {display}");
            }

            Console.WriteLine();
        }
    }

    private static async Task MigrateAsync(DatabaseOptions db)
    {
        await using DbContext context = db.Provider == DatabaseProvider.Sqlite ? SqliteModel.Create(db.ConnectionString) : PostgresModel.Create(db.ConnectionString);
        await context.Database.MigrateAsync();
    }
}
