using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Minzheng.Platform.Data;
using Minzheng.Ledger;
using Minzheng.Registry;
using Minzheng.WorkPlan;

namespace Minzheng.Migrations.Sqlite;

/// <summary>The consolidated model on SQLite. Add each new module's model here.</summary>
public sealed class SqliteModel(DbContextOptions<SqliteModel> options) : ConsolidatedDbContext(options, [RegistryModule.ConfigureModel, LedgerModule.ConfigureModel, WorkPlanModule.ConfigureModel, Minzheng.Assistance.AssistanceModule.ConfigureModel, Minzheng.Elderly.ElderlyModule.ConfigureModel, Minzheng.Monitoring.MonitoringModule.ConfigureModel])
{
    public static SqliteModel Create(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<SqliteModel>();
        new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = connectionString }.Apply(builder, withMigrations: true);
        return new SqliteModel(builder.Options);
    }
}

/// <summary>Used by dotnet-ef to add migrations.</summary>
public sealed class SqliteModelFactory : IDesignTimeDbContextFactory<SqliteModel>
{
    public SqliteModel CreateDbContext(string[] args) => SqliteModel.Create("Data Source=design.db");
}
