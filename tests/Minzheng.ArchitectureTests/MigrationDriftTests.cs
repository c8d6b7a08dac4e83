using Microsoft.EntityFrameworkCore;
using Minzheng.Migrations.Postgres;
using Minzheng.Migrations.Sqlite;

namespace Minzheng.ArchitectureTests;

/// <summary>A model change without a migration for a provider fails here (add one with dotnet ef, see README).</summary>
public class MigrationDriftTests
{
    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        using var context = SqliteModel.Create("Data Source=:memory:");
        Assert.False(context.Database.HasPendingModelChanges(), "the model has changes without a SQLite migration");
    }

    [Fact]
    public void The_PostgreSQL_migrations_match_the_model()
    {
        using var context = PostgresModel.Create("Host=127.0.0.1;Database=unused");
        Assert.False(context.Database.HasPendingModelChanges(), "the model has changes without a PostgreSQL migration");
    }

    [Fact]
    public void Every_table_carries_its_module_prefix()
    {
        using var context = SqliteModel.Create("Data Source=:memory:");
        var prefixes = new[] { "platform_", "registry_", "ledger_", "workplan_", "assist_", "elderly_", "monitor_" };
        var bad = context.Model.GetEntityTypes().Select(e => e.GetTableName()!).Where(t => !prefixes.Any(p => t.StartsWith(p, StringComparison.Ordinal))).ToList();
        Assert.Empty(bad);
    }
}
