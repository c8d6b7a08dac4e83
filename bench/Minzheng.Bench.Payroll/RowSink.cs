using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Minzheng.Bench.Payroll;

/// <summary>Bulk rows into a table: CSV COPY on PostgreSQL, one prepared INSERT per row in one transaction on SQLite (values as EF stores them).</summary>
internal sealed class RowSink(DbConnection connection)
{
    public async Task WriteAsync(string table, string[] columns, IEnumerable<object?[]> rows)
    {
        var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
        if (connection is NpgsqlConnection pg)
        {
            await using var writer = await pg.BeginTextImportAsync($"COPY {table} ({list}) FROM STDIN (FORMAT CSV)");
            var line = new StringBuilder();
            foreach (var row in rows)
            {
                line.Clear();
                for (var i = 0; i < row.Length; i++)
                {
                    if (i > 0)
                    {
                        line.Append(',');
                    }

                    line.Append(row[i] is null ? string.Empty : Csv(Pg(row[i]!)));
                }

                await writer.WriteLineAsync(line.ToString());
            }

            return;
        }

        var sqlite = (SqliteConnection)connection;
        await using var tx = (SqliteTransaction)await sqlite.BeginTransactionAsync();
        await using var cmd = sqlite.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"INSERT INTO {table} ({list}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) => cmd.Parameters.Add($"$p{i}", SqliteType.Text)).ToArray();
        cmd.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] is null ? DBNull.Value : Sqlite(row[i]!);
            }

            await cmd.ExecuteNonQueryAsync();
        }

        await tx.CommitAsync();
    }

    private static string Pg(object v) => v switch
    {
        Guid g => g.ToString(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss'+00'", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString()!,
    };

    private static object Sqlite(object v) => v switch
    {
        Guid g => g.ToString().ToUpperInvariant(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        _ => v,
    };

    private static string Csv(string s) => s.AsSpan().IndexOfAny(",\"\n") >= 0 ? $"\"{s.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : s;
}
