using Minzheng.Kernel.Money;

namespace Minzheng.UnitTests.Kernel;

public class MoneyTests
{
    [Theory]
    [InlineData("50000", 5000000)]
    [InlineData("50000.5", 5000050)]
    [InlineData("50000.00", 5000000)]
    [InlineData("0.01", 1)]
    [InlineData("-3.20", -320)]
    public void Parses_yuan_exactly_into_fen(string text, long fen)
    {
        Assert.True(Money.TryParseYuan(text, out var money));
        Assert.Equal(fen, money.Fen);
    }

    [Theory]
    [InlineData("1.234")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("1e5")]
    [InlineData("1,000")]
    public void Refuses_what_is_not_an_amount(string text) => Assert.False(Money.TryParseYuan(text, out _));

    [Fact]
    public void Formats_in_yuan_with_separators() => Assert.Equal("1,234,567.80元", new Money(123456780).ToString());

    [Fact]
    public void Arithmetic_stays_in_fen()
    {
        var topUp = (Money.FromYuan(1100) - Money.FromYuan(700)) * 3;
        Assert.Equal(Money.FromYuan(1200), topUp);
        Assert.Throws<ArgumentException>(() => Money.FromYuan(0.001m));
    }
}
