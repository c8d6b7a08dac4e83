using Minzheng.Kernel.Files;
using Minzheng.Platform.Files;
using Minzheng.TestSupport;

namespace Minzheng.UnitTests.Platform;

/// <summary>Issue 19.3: an XLSX is looked into before it is parsed; a zip bomb is refused without unpacking it.</summary>
public sealed class XlsxGuardTests
{
    private static readonly string[] Header = ["姓名", "身份证号码"];

    [Fact]
    public void A_file_packed_beyond_100_to_1_is_refused_by_name_and_a_real_sheet_passes()
    {
        using var bomb = new MemoryStream(ZipBombs.Xlsx(300));
        Assert.True(bomb.Length < 2 << 20, $"the bomb weighs {bomb.Length} bytes");
        Assert.Contains("压缩比异常", XlsxGuard.Check(bomb, long.MaxValue, long.MaxValue), StringComparison.Ordinal);
        Assert.Equal(0, bomb.Position);

        using var real = new MemoryStream();
        using (var sheet = new XlsxTableWriter(real, "花名册", Header))
        {
            sheet.StartRow();
            sheet.Text("张三");
            sheet.Text("430408199001011237");
            sheet.EndRow();
        }

        real.Position = 0;
        Assert.Null(XlsxGuard.Check(real, 1 << 20, 1 << 20));
    }

    [Fact]
    public void Unpacked_size_limits_are_checked_before_parsing()
    {
        using var big = new MemoryStream(ZipBombs.Xlsx(3));
        Assert.Contains("解压后过大", XlsxGuard.Check(big, 1 << 20, long.MaxValue), StringComparison.Ordinal);
        Assert.Contains("不是有效的 XLSX 文件", XlsxGuard.Check(new MemoryStream("PK\u0003\u0004 not a zip"u8.ToArray()), 1, 1), StringComparison.Ordinal);
    }

    [Fact]
    public void A_roster_bomb_is_refused_with_a_message_and_nothing_read()
    {
        var (rows, error) = TableFile.Read(new MemoryStream(ZipBombs.Xlsx(150)), "roster.xlsx", Header);
        Assert.Empty(rows);
        Assert.Contains("压缩比异常", error, StringComparison.Ordinal);
    }
}
