using Microsoft.Data.Sqlite;

namespace Minzheng.IntegrationTests.Cli;

public class PayrollCommandTests
{
    [Fact]
    public async Task Mz_payroll_prepare_pays_an_approved_case_once_however_often_it_is_run_and_refuses_a_bad_town()
    {
        var folder = Directory.CreateTempSubdirectory("mz-payroll-").FullName;
        var path = Path.Combine(folder, "payroll.db");
        var cs = $"Data Source={path}";
        var migrated = await MzProcess.RunAsync(folder, "migrate", "--connection", cs);
        Assert.True(migrated.Exit == 0, migrated.Output);

        // The district and one town (as the demo seed writes them), and one approved 特困 case paying 936.60 a month from 2023-01.
        await using (var db = new SqliteConnection(cs))
        {
            await db.OpenAsync();
            var insert = db.CreateCommand();
            insert.CommandText = """
                INSERT INTO assist_cases ("Id","Number","Programme","RequestedProgramme","HouseholdId","HouseholdNumber","RegionCode","Urban","SnapshotJson","Members",
                  "CoveredMembers","Status","ConsentFileName","ConsentSm3","CreatedBy","CreatedAtUtc","Version","MonthlyAmountFen","BenefitFrom","TownMayApprove")
                VALUES ('0F8FAD5B-D9CB-469F-A165-70867728950E','TK20221201ABCDEF','Tekun','Tekun','7C9E6679-7425-40DE-944B-E07FC1F90AE7','H001','430408001001',1,'{}',1,
                  1,'Approved','c.png','00','zhengxiang','2022-12-01 08:00:00',3,93660,'2023-01-01',0);
                """;
            await insert.ExecuteNonQueryAsync();
            var regions = db.CreateCommand();
            regions.CommandText = """
                INSERT INTO registry_regions ("Code","Name","ParentCode","Level","IsSynthetic") VALUES ('430408','蒸湘区','430400',3,0), ('430408001','蒸湘街道','430408',4,0);
                """;
            await regions.ExecuteNonQueryAsync();
        }

        var first = await MzProcess.RunAsync(folder, "payroll", "prepare", "--town", "430408001", "--month", "2023-02", "--programme", "tekun", "--connection", cs);
        Assert.True(first.Exit == 0, first.Output);
        Assert.Contains("tekun 430408001 2023-02: 1 payments, 936.60元", first.Output, StringComparison.Ordinal);
        var again = await MzProcess.RunAsync(folder, "payroll", "prepare", "--town", "430408001", "--month", "2023-02", "--programme", "tekun", "--connection", cs);
        Assert.Contains("tekun 430408001 2023-02: 1 payments, 936.60元", again.Output, StringComparison.Ordinal);
        var dibao = await MzProcess.RunAsync(folder, "payroll", "prepare", "--town", "430408001", "--month", "2023-02", "--connection", cs);
        Assert.Contains("dibao 430408001 2023-02: 0 payments", dibao.Output, StringComparison.Ordinal);

        var badTown = await MzProcess.RunAsync(folder, "payroll", "prepare", "--town", "430408999", "--month", "2023-02", "--connection", cs);
        Assert.Equal(2, badTown.Exit);
        Assert.Contains("请选择您管辖的镇街", badTown.Output, StringComparison.Ordinal);
        var badProgramme = await MzProcess.RunAsync(folder, "payroll", "prepare", "--town", "430408001", "--month", "2023-02", "--programme", "edge", "--connection", cs);
        Assert.Equal(2, badProgramme.Exit);

        await using (var db = new SqliteConnection(cs))
        {
            await db.OpenAsync();
            var count = db.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM assist_payments";
            Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
        }

        SqliteConnection.ClearAllPools();
    }
}
