using Minzheng.Matching.Csv;
using Minzheng.Matching.Engine;
using static Minzheng.UnitTests.Matching.MatchFiles;

namespace Minzheng.UnitTests.Matching;

public sealed class MatcherTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2022, 12, 31);
    private readonly MatchFiles _files = new();

    private static readonly string A = Id(1), B = Id(2), C = Id(3), D = Id(4), E = Id(5), X = Id(6, wantX: true);

    public void Dispose() => _files.Dispose();

    private string Monitored() => _files.Write("monitored.csv",
        "region_code,programme,household_id,id_number,note\n" +
        $"430408001001,dibao,H1,{A},\n430408001001,dibao,H1,{B},\n430408002001,tekun,H2,{C},\n430408003001,edge,H3,{D},\n" +
        $"430408004001,other,H4,{X},\n430408001001,dibao,H9,{A},repeated\n430408001001,dibao,H5,430408198001011234,invalid\n430408001001,nonsense,H6,{E},\n");

    private List<FeedInput> Feeds() =>
    [
        new(FeedKind.Deaths, _files.Write("deaths.csv", $"id_number,death_date\n{A},2022-05-01\n{A},2022-03-01\n{E},2022-01-01\n12345,2022-01-01\n", bom: true, crlf: true)),
        new(FeedKind.Vehicles, _files.Write("vehicles.csv",
            $"plate,owner_id_number,vehicle_type,value_yuan,colour\n湘D1,{B},car,50000.00,red\n湘D2,{B},car,50000.01,red\n湘D3,{C},car,80000,red\n湘D4,{C},car,60000.5,red\n湘D5,{X.ToLowerInvariant()},car,90000,red\n")),
        new(FeedKind.Business, _files.Write("business.csv",
            "legal_rep_id_number,credit_code,name,registered_capital_yuan,status\n" +
            $"{D},91350100M000100Y43,\"蒸湘\"\"好邻居\"\",便利店\",100000,active\n{D},91350100M000100Y43,\"二店\",2000.5,active\n{C},91350100M000100Y43,老店,500000,revoked\n")),
        new(FeedKind.Property, _files.Write("property.csv",
            $"owner_id_number,certificate_no,area_m2\n{A},P1,80\n{B},P1,80\n{C},P2,60\n{C},P3,45\n{D},P4,50\n{E},P5,90\n")),
        new(FeedKind.Medical, _files.Write("medical.csv",
            $"id_number,settled_on,total_yuan,out_of_pocket_yuan\n{A},2021-12-31,9000,5000\n{A},2022-12-31,30000,15000\n{B},2022-06-01,8000,5000.00\n{C},2022-01-01,40000,20000.01\n")),
    ];

    [Fact]
    public void Every_rule_fires_exactly_past_its_threshold_and_nowhere_else()
    {
        var result = new Matcher(new MatchRules(), AsOf).Run(Monitored(), Feeds());
        // Households in the order the monitored file first names them; the household's own findings first, then its
        // people in file order; rules in MATCHING.md's order.
        Assert.Equal(
        [
            new Finding("H1", A, "deceased", "2022-03-01"),
            new Finding("H1", B, "vehicle_over_limit", "50000.01"),
            new Finding("H2", string.Empty, "property_over_limit", "2"),
            new Finding("H2", string.Empty, "medical_burden", "20000.01"),
            new Finding("H2", C, "vehicle_over_limit", "80000.00"),
            new Finding("H3", D, "business_owner", "102000.50"),
            new Finding("H4", X, "vehicle_over_limit", "90000.00"),
        ], result.Findings);
    }

    [Fact]
    public void Rejected_rows_are_listed_with_file_line_and_reason_and_never_stop_the_run()
    {
        var result = new Matcher(new MatchRules(), AsOf).Run(Monitored(), Feeds());
        Assert.Equal([("monitored.csv", 7L), ("monitored.csv", 8L), ("monitored.csv", 9L), ("deaths.csv", 5L)], result.Rejects.Select(r => (r.File, r.Line)));
        Assert.Contains("重复", result.Rejects[0].Reason, StringComparison.Ordinal);
        Assert.Contains("校验码", result.Rejects[1].Reason, StringComparison.Ordinal);
        Assert.Contains("programme", result.Rejects[2].Reason, StringComparison.Ordinal);
        Assert.Contains("18位", result.Rejects[3].Reason, StringComparison.Ordinal);
        var monitored = result.Files.Single(f => f.Kind == "monitored");
        Assert.Equal((8L, 3L), (monitored.Rows, monitored.Rejected));
        Assert.Equal((4L, 1L), result.Files.Where(f => f.Kind == "deaths").Select(f => (f.Rows, f.Rejected)).Single());
    }

    [Fact]
    public void Thresholds_are_settings()
    {
        var strict = new MatchRules { VehicleLimitFen = 100_000_00, PropertyCount = 3, MedicalLimitFen = 10_000_00 };
        var result = new Matcher(strict, AsOf).Run(Monitored(), Feeds());
        Assert.DoesNotContain(result.Findings, f => f.Rule is "vehicle_over_limit" or "property_over_limit");
        Assert.Contains(new Finding("H1", string.Empty, "medical_burden", "20000.00"), result.Findings);
    }

    [Fact]
    public void A_missing_column_rejects_the_whole_run_and_names_the_column()
    {
        var feeds = Feeds();
        feeds[1] = new(FeedKind.Vehicles, _files.Write("vehicles2.csv", $"owner_id_number,plate,vehicle_type\n{B},湘D1,car\n"));
        var e = Assert.Throws<FeedFileException>(() => new Matcher(new MatchRules(), AsOf).Run(Monitored(), feeds));
        Assert.Equal("vehicles2.csv", e.File);
        Assert.Contains("value_yuan", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_broken_part_way_rejects_the_run_by_name()
    {
        var feeds = Feeds();
        feeds[4] = new(FeedKind.Medical, _files.Write("medical2.csv", $"id_number,settled_on,total_yuan,out_of_pocket_yuan\n{A},2022-05-01,1,1\n\"{B},2022-05-01,1,1\n"));
        var e = Assert.Throws<FeedFileException>(() => new Matcher(new MatchRules(), AsOf).Run(Monitored(), feeds));
        Assert.Equal("medical2.csv", e.File);
        Assert.Contains("引号没有闭合", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_monitored_population_and_feeds_may_be_xlsx()
    {
        var path = Path.Combine(_files.Folder, "monitored.xlsx");
        MiniExcelLibs.MiniExcel.SaveAs(path, new[]
        {
            new Dictionary<string, object> { ["id_number"] = A, ["household_id"] = "H1", ["programme"] = "dibao", ["region_code"] = "430408001001" },
            new Dictionary<string, object> { ["id_number"] = C, ["household_id"] = "H2", ["programme"] = "dibao", ["region_code"] = "430408001001" },
        });
        var result = new Matcher(new MatchRules(), AsOf).Run(path, Feeds());
        Assert.Contains(new Finding("H1", A, "deceased", "2022-03-01"), result.Findings);
        Assert.Contains(new Finding("H2", string.Empty, "property_over_limit", "2"), result.Findings);
    }
}
