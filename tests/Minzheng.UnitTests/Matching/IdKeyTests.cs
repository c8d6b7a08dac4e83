using System.Text;
using Minzheng.Kernel.Identity;
using Minzheng.Matching.Keys;

namespace Minzheng.UnitTests.Matching;

public sealed class IdKeyTests
{
    private static bool Pack(string text, out long key, out string? reason) => IdKey.TryPack(Encoding.UTF8.GetBytes(text), out key, out reason);

    [Fact]
    public void Valid_numbers_pack_and_format_back_and_a_final_x_is_X()
    {
        for (var n = 0; n < 2000; n++)
        {
            var id = MatchFiles.Id(n);
            Assert.True(Pack(id, out var key, out _), id);
            Assert.Equal(id, IdKey.Format(key));
            Assert.True(IdNumber.TryParse(id, new DateOnly(2026, 1, 1), out _, out _));
        }

        var withX = MatchFiles.Id(3, wantX: true);
        Assert.True(Pack(withX.ToLowerInvariant(), out var lower, out _));
        Assert.True(Pack(withX, out var upper, out _));
        Assert.Equal(upper, lower);
        Assert.EndsWith("X", IdKey.Format(lower), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("43040819800101123", "18位")]
    [InlineData("4304081980010112345", "18位")]
    [InlineData("43040819800A011234", "不是数字")]
    [InlineData("430408198002300011", "出生日期")]
    [InlineData("430408198013010011", "出生日期")]
    [InlineData("43040819800101123Y", "数字或X")]
    public void Invalid_numbers_say_why(string text, string reason)
    {
        Assert.False(Pack(text, out _, out var why));
        Assert.Contains(reason, why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_check_character_is_refused_like_the_kernel_does()
    {
        var id = MatchFiles.Id(42);
        var wrong = id[..17] + (id[17] == '0' ? '1' : '0');
        Assert.False(Pack(wrong, out _, out var why));
        Assert.Contains("校验码", why, StringComparison.Ordinal);
        Assert.False(IdNumber.TryParse(wrong, new DateOnly(2026, 1, 1), out _, out _));
    }

    [Theory]
    [InlineData("50000", 5_000_000)]
    [InlineData("50000.5", 5_000_050)]
    [InlineData("50000.00", 5_000_000)]
    [InlineData(" 0.01 ", 1)]
    public void Amounts_are_yuan_with_at_most_two_decimals(string text, long fen)
    {
        Assert.True(FieldValues.TryParseFen(Encoding.UTF8.GetBytes(text), out var parsed));
        Assert.Equal(fen, parsed);
    }

    [Theory]
    [InlineData("1.234")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData(".5")]
    [InlineData("5.")]
    public void Other_amounts_are_refused(string text) => Assert.False(FieldValues.TryParseFen(Encoding.UTF8.GetBytes(text), out _));

    [Fact]
    public void Dates_are_year_month_day()
    {
        Assert.True(FieldValues.TryParseDate("2022-02-28"u8, out var d));
        Assert.Equal(new DateOnly(2022, 2, 28), d);
        Assert.False(FieldValues.TryParseDate("2022-02-30"u8, out _));
        Assert.False(FieldValues.TryParseDate("2022/02/28"u8, out _));
        Assert.Equal("12.30", FieldValues.FormatFen(1230));
    }
}
