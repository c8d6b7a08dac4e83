using System.Text;
using Minzheng.Matching.Csv;
using Minzheng.Matching.Engine;
using Minzheng.Matching.Keys;

namespace Minzheng.UnitTests.Matching;

public sealed class FeedValidatorTests
{

    private static FeedValidation Validate(string csv, FeedKind kind)
    {
        using var source = RowSources.Open(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "t.csv");
        return FeedValidator.Validate(source, "t.csv", kind);
    }

    private static string Valid(int n)
    {
        var first17 = $"43040819900101{n:D3}";
        return first17 + Minzheng.Kernel.Identity.IdNumber.ComputeCheckCharacter(first17);
    }

    [Fact]
    public void A_clean_feed_has_no_errors_and_counts_its_rows()
    {
        var result = Validate($"id_number,settled_on,total_yuan,out_of_pocket_yuan\n{Valid(1)},2022-01-31,100,50.5\n{Valid(2).ToLowerInvariant()},2022-12-31,0.01,0\n", FeedKind.Medical);
        Assert.True(result.Valid);
        Assert.Equal(2, result.Rows);
    }

    [Fact]
    public void Every_bad_field_is_named_by_line_and_column()
    {
        var csv = "owner_id_number,plate,vehicle_type,value_yuan\n"
                  + $"{Valid(3)},湘D1,car,1.234\n"   // three decimals
                  + "43040819900101123,湘D2,car,10\n"    // 17 characters
                  + $"{Valid(4)},,car,5万\n";           // empty plate, not a number
        var result = Validate(csv, FeedKind.Vehicles);
        Assert.Equal(3, result.Rows);
        Assert.Equal(4, result.ErrorCount);
        Assert.Contains(new RowError(2, "value_yuan", "不是金额（元，最多两位小数）"), result.Errors);
        Assert.Contains(result.Errors, e => e.Line == 3 && e.Column == "owner_id_number" && e.Reason.Contains("18位", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Line == 4 && e.Column == "plate");
        Assert.Contains(result.Errors, e => e.Line == 4 && e.Column == "value_yuan");
    }

    [Theory]
    [InlineData(FeedKind.Deaths, "id_number,death_date\n{0},2022-02-30\n", "death_date")]
    [InlineData(FeedKind.Business, "legal_rep_id_number,credit_code,name,registered_capital_yuan,status\n{0},X,甲,100,\n", "status")]
    [InlineData(FeedKind.Property, "owner_id_number,certificate_no,area_m2\n{0}, ,80\n", "certificate_no")]
    [InlineData(FeedKind.Medical, "id_number,settled_on,total_yuan,out_of_pocket_yuan\n{0},2022-01-01,x,1\n", "total_yuan")]
    public void Each_kind_checks_its_own_columns(FeedKind kind, string template, string column)
    {
        var result = Validate(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Valid(5)), kind);
        Assert.Equal(column, Assert.Single(result.Errors).Column);
    }

    [Fact]
    public void A_missing_column_rejects_the_file_by_name()
    {
        var e = Assert.Throws<FeedFileException>(() => Validate("id_number,settled_on,total_yuan\n", FeedKind.Medical));
        Assert.Contains("out_of_pocket_yuan", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_first_two_hundred_errors_are_listed_but_all_are_counted()
    {
        var csv = new StringBuilder("id_number,death_date\n");
        for (var i = 0; i < 250; i++)
        {
            csv.Append("bad,2022-01-01\n");
        }

        var result = Validate(csv.ToString(), FeedKind.Deaths);
        Assert.Equal(250, result.ErrorCount);
        Assert.Equal(FeedValidator.MaxListed, result.Errors.Count);
    }

    [Fact]
    public void Rows_about_some_people_are_found_by_key_with_their_columns()
    {
        Assert.True(IdKey.TryPack(Encoding.ASCII.GetBytes(Valid(7)), out var key, out _));
        using var source = RowSources.Open(new MemoryStream(Encoding.UTF8.GetBytes($"area_m2,owner_id_number,certificate_no\n80,{Valid(6)},A\n60.5,{Valid(7).ToLowerInvariant()},B\nx,bad,C\n")), "p.csv");
        var rows = FeedValidator.RowsAbout(source, "p.csv", FeedKind.Property, new HashSet<long> { key });
        var (found, values) = Assert.Single(rows);
        Assert.Equal(key, found);
        Assert.Equal("B", values["certificate_no"]);
        Assert.Equal("60.5", values["area_m2"]);
    }
}
