using Minzheng.Platform.Files;
using System.Text;
using MiniExcelLibs;
using Minzheng.Registry.Features.ImportHouseholds;

namespace Minzheng.UnitTests.Registry;

public class RosterFileTests
{
    private const string Header = "户序号,村社区代码,城乡类别,地址,姓名,身份证号码,与户主关系";

    private static (IReadOnlyList<TableRow> Rows, string? Error) Csv(string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bom)
        {
            bytes = [.. Encoding.UTF8.GetPreamble(), .. bytes];
        }

        return RosterFile.Read(new MemoryStream(bytes), "roster.csv");
    }

    [Fact]
    public void Reads_a_BOM_CRLF_file_with_quoted_commas_and_doubled_quotes_and_reordered_extra_columns()
    {
        var (rows, error) = Csv("备注,姓名,户序号,村社区代码,城乡类别,地址,身份证号码,与户主关系\r\n" +
                                "x,\"张\"\"三\"\"\",1,430408001001,城镇,\"蒸湘路1号, 2栋\",11010519491231002x,户主\r\n", bom: true);
        Assert.Null(error);
        var row = Assert.Single(rows);
        Assert.Equal(2, row.Row);
        Assert.Equal("张\"三\"", row["姓名"]);
        Assert.Equal("蒸湘路1号, 2栋", row["地址"]);
        Assert.Equal("11010519491231002x", row["身份证号码"]);
    }

    [Fact]
    public void Row_numbers_follow_the_file_and_blank_lines_are_skipped()
    {
        var (rows, _) = Csv(Header + "\n1,a,城镇,d,n,i,户主\n\n1,a,城镇,d,m,j,配偶");
        Assert.Equal([2, 4], rows.Select(r => r.Row));
    }

    [Fact]
    public void A_missing_column_rejects_the_whole_file_and_names_it()
    {
        var (rows, error) = Csv("户序号,村社区代码,地址,姓名,与户主关系\n1,a,b,c,户主\n");
        Assert.Empty(rows);
        Assert.Contains("城乡类别", error, StringComparison.Ordinal);
        Assert.Contains("身份证号码", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("户序号,村社区代码,城乡类别,地址,姓名,身份证号码,与户主关系\n")]
    public void An_empty_file_or_one_without_rows_is_refused(string text) => Assert.NotNull(Csv(text).Error);

    [Fact]
    public void Binary_garbage_and_an_unterminated_quote_are_refused_with_a_message()
    {
        var garbage = RosterFile.Read(new MemoryStream([0xff, 0xfe, 0x00, 0x01, 0x02, 0x80, 0x81]), "x.csv");
        Assert.NotNull(garbage.Error);
        Assert.NotNull(Csv(Header + "\n1,\"unterminated,城镇,d,n,i,户主\n").Error);
        Assert.NotNull(RosterFile.Read(new MemoryStream("PK\u0003\u0004broken"u8.ToArray()), "x.xlsx").Error);
    }

    [Fact]
    public void Reads_the_first_sheet_of_an_XLSX_file()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { new Dictionary<string, object> { ["户序号"] = 7, ["村社区代码"] = "430408100201", ["城乡类别"] = "农村", ["地址"] = "演示1组", ["姓名"] = "刘明", ["身份证号码"] = "440524188001010014", ["与户主关系"] = "户主" } });
        stream.Position = 0;
        var (rows, error) = RosterFile.Read(stream, "roster.xlsx");
        Assert.Null(error);
        Assert.Equal("430408100201", Assert.Single(rows)["村社区代码"]);
        Assert.Equal("7", rows[0]["户序号"]);
    }
}
