using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Minzheng.Migrations.Postgres;
using Minzheng.Migrations.Sqlite;
using Minzheng.Platform.Data;
using Npgsql;

namespace Minzheng.TestSupport;

/// <summary>
/// A throwaway database for one test collection: a SQLite file in a temp folder, or a fresh database on the
/// PostgreSQL server that scripts/test starts (its connection string is in MZ_TEST_POSTGRES).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(DatabaseOptions options, string folder, string? pgName)
    {
        Options = options;
        Folder = folder;
        _pgName = pgName;
    }

    private readonly string? _pgName;

    public DatabaseOptions Options { get; }

    /// <summary>A temp folder for this database's key files and SQLite file.</summary>
    public string Folder { get; }

    public string KeyFile => Path.Combine(Folder, "field.key");

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("MZ_TEST_POSTGRES")
        ?? throw new InvalidOperationException("MZ_TEST_POSTGRES is not set: run the tests with scripts/test, which starts a throwaway PostgreSQL");

    /// <summary>A fresh database, migrated to the latest migration or, for tests of a data migration, to <paramref name="migration"/>.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, string? migration = null)
    {
        var folder = Directory.CreateTempSubdirectory("mz-test-").FullName;
        if (provider == DatabaseProvider.Sqlite)
        {
            var options = new DatabaseOptions { Provider = provider, ConnectionString = $"Data Source={Path.Combine(folder, "test.db")}" };
            await MigrateAsync(options, migration);
            return new TestDatabase(options, folder, null);
        }

        var name = "mz_" + Guid.NewGuid().ToString("N")[..12];
        await using (var conn = new NpgsqlConnection(PostgresServer))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        var pg = new DatabaseOptions { Provider = provider, ConnectionString = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString };
        await MigrateAsync(pg, migration);
        return new TestDatabase(pg, folder, name);
    }

    public static async Task MigrateAsync(DatabaseOptions options, string? migration = null)
    {
        await using DbContext context = options.Provider == DatabaseProvider.Sqlite
            ? SqliteModel.Create(options.ConnectionString)
            : PostgresModel.Create(options.ConnectionString);
        await context.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(migration);
    }

    public async ValueTask DisposeAsync()
    {
        if (_pgName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(PostgresServer);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_pgName} WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a process may still hold a file for a moment; the temp folder is cleaned by the OS
        }
    }
}
