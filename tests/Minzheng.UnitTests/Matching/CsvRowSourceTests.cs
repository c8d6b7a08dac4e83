using System.Text;
using Minzheng.Matching.Csv;

namespace Minzheng.UnitTests.Matching;

public sealed class CsvRowSourceTests
{
    private static List<(long Line, string[] Fields)> ReadAll(byte[] bytes, params string[] columns)
    {
        using var source = new CsvRowSource(new MemoryStream(bytes), "t.csv");
        var positions = columns.Select(source.ColumnOf).ToArray();
        var rows = new List<(long, string[])>();
        while (source.Read())
        {
            rows.Add((source.LineNumber, positions.Select(p => Encoding.UTF8.GetString(source.Field(p))).ToArray()));
        }

        return rows;
    }

    [Fact]
    public void Byte_order_mark_crlf_quotes_with_commas_and_doubled_quotes_and_columns_by_name()
    {
        var text = "extra,name,credit_code\r\n1,\"甲,乙 \"\"有限\"\" 公司\",91350100M000100Y43\r\n2,plain,X\r\n";
        var rows = ReadAll([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)], "credit_code", "name");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["91350100M000100Y43", "甲,乙 \"有限\" 公司"], rows[0].Fields);
        Assert.Equal(2, rows[0].Line);
        Assert.Equal(["X", "plain"], rows[1].Fields);
        Assert.Equal(3, rows[1].Line);
    }

    [Fact]
    public void A_quoted_newline_keeps_line_numbers_true_and_a_missing_last_newline_is_fine()
    {
        var rows = ReadAll(Encoding.UTF8.GetBytes("a,b\n\"x\ny\",1\n\n\"z\",2"), "a", "b");
        Assert.Equal([(2L, "x\ny"), (5L, "z")], rows.Select(r => (r.Line, r.Fields[0])));
        Assert.Equal("2", rows[1].Fields[1]);
    }

    [Fact]
    public void Records_across_the_buffer_boundary_are_read_whole()
    {
        var builder = new StringBuilder("id,name\n");
        for (var i = 0; i < 60_000; i++)
        {
            builder.Append(i).Append(i % 7 == 0 ? ",\"q,\"\"uoted\"\"\"\n" : ",plain-name\n");
        }

        var rows = ReadAll(Encoding.UTF8.GetBytes(builder.ToString()), "id", "name");
        Assert.Equal(60_000, rows.Count);
        Assert.All(rows, r => Assert.Equal(r.Line - 2, long.Parse(r.Fields[0], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("q,\"uoted\"", rows[7].Fields[1]);
    }

    [Fact]
    public void An_empty_file_binary_garbage_and_an_over_long_line_reject_the_file()
    {
        Assert.Contains("为空", Assert.Throws<FeedFileException>(() => ReadAll([])).Reason, StringComparison.Ordinal);
        Assert.Contains("为空", Assert.Throws<FeedFileException>(() => ReadAll(Encoding.UTF8.GetPreamble())).Reason, StringComparison.Ordinal);
        var garbage = new byte[5000];
        new Random(7).NextBytes(garbage);
        garbage[10] = (byte)'\n';
        Assert.Throws<FeedFileException>(() => ReadAll(garbage));
        var longLine = Encoding.UTF8.GetBytes("id,name\n1," + new string('a', CsvRowSource.MaxRecordBytes + 10) + "\n");
        Assert.Contains("超过", Assert.Throws<FeedFileException>(() => ReadAll(longLine, "id")).Reason, StringComparison.Ordinal);
        Assert.Contains("引号没有闭合", Assert.Throws<FeedFileException>(() => ReadAll(Encoding.UTF8.GetBytes("id\n\"open"), "id")).Reason, StringComparison.Ordinal);
    }
}
