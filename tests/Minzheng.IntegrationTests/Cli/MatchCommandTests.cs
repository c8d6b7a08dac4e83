using Minzheng.Kernel.Identity;

namespace Minzheng.IntegrationTests.Cli;

public class MatchCommandTests
{
    private static string Id(int n)
    {
        var first17 = $"4304081970{1 + (n % 12):00}{1 + (n % 28):00}{n % 1000:000}";
        return first17 + IdNumber.ComputeCheckCharacter(first17);
    }

    [Fact]
    public async Task Mz_match_writes_findings_and_rejects_and_refuses_a_file_without_its_columns()
    {
        var folder = Directory.CreateTempSubdirectory("mz-match-").FullName;
        string Write(string name, string text)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, text);
            return path;
        }

        Write("monitored.csv", $"id_number,household_id,programme,region_code\n{Id(1)},H1,dibao,430408001001\n{Id(2)},H1,dibao,430408001001\n{Id(1)},H2,dibao,430408001001\n");
        Write("deaths.csv", $"id_number,death_date\r\n{Id(1)},2022-04-01\r\n4304081970,2022-01-01\r\n");
        Write("vehicles.csv", $"owner_id_number,plate,vehicle_type,value_yuan\n{Id(2)},\"湘D,1\",car,50000.01\n");
        var run = await MzProcess.RunAsync(folder, "match", "--monitored", "monitored.csv", "--feed", "deaths=deaths.csv", "--feed", "vehicles=vehicles.csv",
            "--as-of", "2022-12-31", "--out", "findings.csv", "--rejects", "rejects.csv", "--threads", "2");
        Assert.True(run.Exit == 0, run.Output);
        Assert.Contains("monitored.csv (monitored): 3 rows read, 1 rejected", run.Output, StringComparison.Ordinal);
        Assert.Contains("deaths.csv (deaths): 2 rows read, 1 rejected", run.Output, StringComparison.Ordinal);
        Assert.Contains("deceased: 1 findings", run.Output, StringComparison.Ordinal);
        Assert.Contains("elapsed:", run.Output, StringComparison.Ordinal);
        Assert.Equal(
            ["household_id,id_number,rule,value", $"H1,{Id(1)},deceased,2022-04-01", $"H1,{Id(2)},vehicle_over_limit,50000.01"],
            await File.ReadAllLinesAsync(Path.Combine(folder, "findings.csv")));
        var rejects = await File.ReadAllLinesAsync(Path.Combine(folder, "rejects.csv"));
        Assert.Equal("file,line,reason", rejects[0]);
        Assert.StartsWith("monitored.csv,4,", rejects[1], StringComparison.Ordinal);
        Assert.StartsWith("deaths.csv,3,", rejects[2], StringComparison.Ordinal);

        Write("business.csv", $"legal_rep_id_number,credit_code,name,status\n{Id(2)},X,店,active\n");
        var refused = await MzProcess.RunAsync(folder, "match", "--monitored", "monitored.csv", "--feed", "business=business.csv", "--out", "f2.csv");
        Assert.Equal(2, refused.Exit);
        Assert.Contains("business.csv rejected", refused.Output, StringComparison.Ordinal);
        Assert.Contains("registered_capital_yuan", refused.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "f2.csv")));

        var unknown = await MzProcess.RunAsync(folder, "match", "--monitored", "monitored.csv", "--feed", "pets=deaths.csv", "--out", "f3.csv");
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("unknown feed 'pets'", unknown.Output, StringComparison.Ordinal);
    }
}
