using System.Data.Common;
using Minzheng.Platform.Data;
using Minzheng.TestSupport;

namespace Minzheng.IntegrationTests.Migrations;

/// <summary>Payments the bank returned before the upgrade still wait for re-issue in their village; the others do not.</summary>
public abstract class PaymentsAwaitingReissueTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Returned_payments_of_earlier_versions_still_wait_for_reissue()
    {
        await using var db = await TestDatabase.CreateAsync(provider, "PaymentsKeepApprovedAccount");
        var (failed, paid) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var conn = RawSql.Open(db.Options))
        {
            await InsertAsync(conn, failed, "Failed");
            await InsertAsync(conn, paid, "Paid");
        }

        await TestDatabase.MigrateAsync(db.Options);

        await using (var conn = RawSql.Open(db.Options))
        {
            await using var read = conn.CreateCommand();
            read.CommandText = """SELECT "Status", "ReissueRegionCode" FROM assist_payments ORDER BY "Status" """;
            await using (var reader = await read.ExecuteReaderAsync())
            {
                Assert.True(await reader.ReadAsync());
                Assert.Equal(("Failed", "430408001001"), (reader.GetString(0), reader.GetString(1)));
                Assert.True(await reader.ReadAsync());
                Assert.Equal("Paid", reader.GetString(0));
                Assert.True(await reader.IsDBNullAsync(1));
            }

            if (provider == DatabaseProvider.Postgres)
            {
                // Room for approval's in-place updates.
                await using var options = conn.CreateCommand();
                options.CommandText = "SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = 'assist_payments'";
                Assert.Equal("fillfactor=30", await options.ExecuteScalarAsync());
            }
        }
    }

    private async Task InsertAsync(DbConnection conn, Guid id, string status)
    {
        await using var insert = conn.CreateCommand();
        insert.CommandText = """
            INSERT INTO assist_payments ("Id", "RunId", "CaseId", "CaseNumber", "HouseholdId", "BeneficiaryId", "HouseholdNumber", "RegionCode", "Programme", "Month",
                "AmountFen", "Status", "Attempt")
            VALUES (@id, @run, @case, 'DB20260101AAAAAA', @household, @household, '430408001001-0001', '430408001001', 'dibao', @month, 60200, @status, 1)
            """;
        RawSql.Add(insert, "@id", Key(id));
        RawSql.Add(insert, "@run", Key(Guid.NewGuid()));
        RawSql.Add(insert, "@case", Key(Guid.NewGuid()));
        RawSql.Add(insert, "@household", Key(Guid.NewGuid()));
        RawSql.Add(insert, "@month", status == "Failed" ? "2026-01" : "2026-02");
        RawSql.Add(insert, "@status", status);
        Assert.Equal(1, await insert.ExecuteNonQueryAsync());
    }

    private object Key(Guid id) => provider == DatabaseProvider.Sqlite ? id.ToString().ToUpperInvariant() : id;
}

public sealed class PaymentsAwaitingReissueTestsOnSqlite() : PaymentsAwaitingReissueTests(DatabaseProvider.Sqlite);

public sealed class PaymentsAwaitingReissueTestsOnPostgres() : PaymentsAwaitingReissueTests(DatabaseProvider.Postgres);
