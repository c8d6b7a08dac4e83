using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Minzheng.Platform.Data;
using Minzheng.Ledger;
using Minzheng.Registry;
using Minzheng.WorkPlan;

namespace Minzheng.Migrations.Postgres;

/// <summary>The consolidated model on PostgreSQL. Add each new module's model here.</summary>
public sealed class PostgresModel(DbContextOptions<PostgresModel> options) : ConsolidatedDbContext(options, [RegistryModule.ConfigureModel, LedgerModule.ConfigureModel, WorkPlanModule.ConfigureModel, Minzheng.Assistance.AssistanceModule.ConfigureModel, Minzheng.Elderly.ElderlyModule.ConfigureModel, Minzheng.Monitoring.MonitoringModule.ConfigureModel, Minzheng.Platform.Outbox.OutboxMessageConfiguration.Postgres, Minzheng.Assistance.AssistanceModule.ConfigurePostgres])
{
    public static PostgresModel Create(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<PostgresModel>();
        new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString }.Apply(builder, withMigrations: true);
        return new PostgresModel(builder.Options);
    }
}

/// <summary>Used by dotnet-ef to add migrations (no server needed to add one).</summary>
public sealed class PostgresModelFactory : IDesignTimeDbContextFactory<PostgresModel>
{
    public PostgresModel CreateDbContext(string[] args) => PostgresModel.Create("Host=127.0.0.1;Database=minzheng_design");
}
