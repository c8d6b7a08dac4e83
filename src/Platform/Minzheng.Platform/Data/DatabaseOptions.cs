using Microsoft.EntityFrameworkCore;

namespace Minzheng.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Which database the platform runs on. SQLite is the embedded default; PostgreSQL is production.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = "Data Source=data/minzheng.db";

    public static DatabaseProvider ParseProvider(string value) => value.Trim().ToLowerInvariant() switch
    {
        "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        _ => throw new ArgumentException($"未知的数据库类型“{value}”：应为 sqlite 或 postgres"),
    };

    public string MigrationsAssembly => Provider == DatabaseProvider.Sqlite ? "Minzheng.Migrations.Sqlite" : "Minzheng.Migrations.Postgres";

    public void Apply(DbContextOptionsBuilder builder, bool withMigrations = false)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            builder.UseSqlite(ConnectionString, o =>
            {
                if (withMigrations)
                {
                    o.MigrationsAssembly(MigrationsAssembly);
                }
            }).AddInterceptors(SqliteSecureDelete.Instance);
        }
        else
        {
            builder.UseNpgsql(ConnectionString, o =>
            {
                if (withMigrations)
                {
                    o.MigrationsAssembly(MigrationsAssembly);
                }
            });
        }
    }
}
