using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using MiniExcelLibs;
using Minzheng.Platform.Files;

namespace Minzheng.UnitTests.Platform;

public class XlsxTableWriterTests
{
    private static readonly string[] Header = ["序号", "户主姓名", "银行账号", "金额（元）", "备注"];

    [Fact]
    public void Writes_text_as_text_and_numbers_as_numbers_that_another_reader_reads_back()
    {
        var bytes = Write(sheet =>
        {
            sheet.StartRow();
            sheet.Number(1);
            sheet.Text("钱六 & <张> \"三\"");
            sheet.Text("6217000011112222333"); // an account: never a number (Excel would round it)
            sheet.Number(1200.50m);
            sheet.Text("  前后空格 ");
            sheet.EndRow();
            sheet.StartRow();
            sheet.Text("合计");
            sheet.Text(null);
            sheet.Text(string.Empty);
            sheet.Number(-3m);
            sheet.EndRow();
        });

        var rows = new MemoryStream(bytes).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(1m, Convert.ToDecimal(rows[0]["序号"], CultureInfo.InvariantCulture));
        Assert.Equal("钱六 & <张> \"三\"", rows[0]["户主姓名"]);
        Assert.IsType<string>(rows[0]["银行账号"]);
        Assert.Equal("6217000011112222333", rows[0]["银行账号"]);
        Assert.Equal(1200.5m, Convert.ToDecimal(rows[0]["金额（元）"], CultureInfo.InvariantCulture));
        Assert.Equal("  前后空格 ", rows[0]["备注"]);
        Assert.Equal("合计", rows[1]["序号"]);
        Assert.True(rows[1]["户主姓名"] is null or "");
        Assert.Equal(-3m, Convert.ToDecimal(rows[1]["金额（元）"], CultureInfo.InvariantCulture));

        // The platform's own upload reader (as a bank's return or a roster comes back) reads it too.
        var (table, error) = TableFile.Read(new MemoryStream(bytes), "代发.xlsx", Header);
        Assert.Null(error);
        Assert.Equal("6217000011112222333", table[0]["银行账号"]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"点击\")", "'=HYPERLINK(\"http://evil.example\",\"点击\")")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("钱六=老人", "钱六=老人")]
    [InlineData("2026-01", "2026-01")]
    public void Text_a_spreadsheet_could_take_for_a_formula_is_written_with_a_leading_apostrophe(string value, string written)
    {
        Assert.Equal(written, SpreadsheetText.Safe(value));
        var bytes = Write(sheet =>
        {
            sheet.StartRow();
            sheet.Number(1);
            sheet.Text(value);
            sheet.EndRow();
        });
        var rows = new MemoryStream(bytes).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(written, rows[0]["户主姓名"]);
        Assert.Equal(5, SpreadsheetText.SafeCell(5));
        Assert.Null(SpreadsheetText.Safe(null));
    }

    [Fact]
    public void Drops_characters_xml_cannot_carry_and_names_columns_past_z()
    {
        var header = Enumerable.Range(1, 28).Select(i => $"列{i}").ToArray();
        var bytes = Write(sheet =>
        {
            sheet.StartRow();
            for (var i = 0; i < 28; i++)
            {
                sheet.Text(i == 27 ? "最后\u0001一列\u0008" : $"值{i}");
            }

            sheet.EndRow();
        }, header);

        var xml = SheetXml(bytes); // well-formed, or XDocument.Parse throws
        var ns = XNamespace.Get("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
        var cells = xml.Descendants(ns + "row").Last().Elements(ns + "c").Select(c => c.Attribute("r")!.Value).ToList();
        Assert.Equal(["Z2", "AA2", "AB2"], cells[^3..]);
        var row = new MemoryStream(bytes).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Single();
        Assert.Equal("最后一列", row["列28"]);
    }

    [Fact]
    public void Refuses_a_row_with_more_cells_than_the_header()
    {
        using var stream = new MemoryStream();
        using var sheet = new XlsxTableWriter(stream, "表", ["一", "二"]);
        sheet.StartRow();
        sheet.Text("a");
        sheet.Number(2);
        Assert.Throws<InvalidOperationException>(() => sheet.Text("c"));
    }

    private static byte[] Write(Action<XlsxTableWriter> rows, string[]? header = null)
    {
        using var stream = new MemoryStream();
        using (var sheet = new XlsxTableWriter(stream, "代发明细", header ?? Header))
        {
            rows(sheet);
        }

        return stream.ToArray();
    }

    private static XDocument SheetXml(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open(), Encoding.UTF8);
        return XDocument.Parse(reader.ReadToEnd());
    }
}
