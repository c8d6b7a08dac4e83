using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Minzheng.Platform.Data;

/// <summary>
/// SQLite keeps a deleted row's bytes in free pages until they are reused: with secure_delete it overwrites them with
/// zeros, so that personal data deleted (or re-stored encrypted) is not left readable in the database file.
/// </summary>
internal sealed class SqliteSecureDelete : DbConnectionInterceptor
{
    public static SqliteSecureDelete Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete = ON;";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete = ON;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
