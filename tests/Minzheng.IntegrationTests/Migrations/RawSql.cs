using System.Data.Common;
using Minzheng.Platform.Data;

namespace Minzheng.IntegrationTests.Migrations;

/// <summary>Plain ADO.NET for migration tests: rows written in an older schema, before the model knows the new one.</summary>
internal static class RawSql
{
    public static DbConnection Open(DatabaseOptions options)
    {
        DbConnection conn = options.Provider == DatabaseProvider.Sqlite
            ? new Microsoft.Data.Sqlite.SqliteConnection(options.ConnectionString)
            : new Npgsql.NpgsqlConnection(options.ConnectionString);
        conn.Open();
        return conn;
    }

    public static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
