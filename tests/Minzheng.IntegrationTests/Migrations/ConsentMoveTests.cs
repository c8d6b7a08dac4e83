using System.Data.Common;
using Minzheng.Platform.Data;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Migrations;

/// <summary>The signed consents of existing cases move from the case row into a table of their own, byte for byte.</summary>
public abstract class ConsentMoveTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Existing_consents_move_into_their_own_table()
    {
        await using var db = await TestDatabase.CreateAsync(provider, "AssistancePhotosAndGapReviews");
        var id = Guid.NewGuid();
        byte[] consent = [0x25, 0x50, 0x44, 0x46, 1, 2, 3, 250];
        await using (var conn = RawSql.Open(db.Options))
        {
            await using var insert = conn.CreateCommand();
            insert.CommandText = """
                INSERT INTO assist_cases ("Id", "Number", "Programme", "HouseholdId", "HouseholdNumber", "RegionCode", "Urban", "SnapshotJson", "Members", "Status",
                    "ConsentFileName", "ConsentSm3", "Consent", "CreatedBy", "CreatedAtUtc", "Version")
                VALUES (@id, 'DB20260101AAAAAA', 'Dibao', @household, '430408001001-0001', '430408001001', @urban, '{}', 1, 'Verification',
                    '授权书.pdf', 'sm3', @consent, 'test', @at, 0)
                """;
            RawSql.Add(insert, "@id", provider == DatabaseProvider.Sqlite ? id.ToString().ToUpperInvariant() : id);
            RawSql.Add(insert, "@household", provider == DatabaseProvider.Sqlite ? Guid.NewGuid().ToString().ToUpperInvariant() : Guid.NewGuid());
            RawSql.Add(insert, "@urban", true);
            RawSql.Add(insert, "@consent", consent);
            RawSql.Add(insert, "@at", DateTime.UtcNow);
            Assert.Equal(1, await insert.ExecuteNonQueryAsync());
        }

        await TestDatabase.MigrateAsync(db.Options);

        await using (var conn = RawSql.Open(db.Options))
        {
            await using var read = conn.CreateCommand();
            read.CommandText = "SELECT \"Bytes\", \"RegionCode\" FROM assist_case_consents";
            await using var reader = await read.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal(consent, (byte[])reader.GetValue(0));
            Assert.Equal("430408001001", reader.GetString(1));
            Assert.False(await reader.ReadAsync());
        }
    }
}

public sealed class ConsentMoveTestsOnSqlite() : ConsentMoveTests(DatabaseProvider.Sqlite);

public sealed class ConsentMoveTestsOnPostgres() : ConsentMoveTests(DatabaseProvider.Postgres);
