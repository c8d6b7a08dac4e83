using Minzheng.Kernel.Identity;

namespace Minzheng.UnitTests.Kernel;

public class IdNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Theory]
    // The two examples printed in GB 11643-1999 itself.
    [InlineData("11010519491231002X", "110105", "1949-12-31", Sex.Female)]
    [InlineData("440524188001010014", "440524", "1880-01-01", Sex.Male)]
    public void Accepts_the_standards_published_examples(string value, string region, string birth, Sex sex)
    {
        Assert.True(IdNumber.TryParse(value, Today, out var id, out var failure), failure?.ToString());
        Assert.Equal(region, id.RegionCode);
        Assert.Equal(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), id.BirthDate);
        Assert.Equal(sex, id.Sex);
    }

    [Fact]
    public void Lowercase_x_is_accepted_and_stored_upper_case()
    {
        Assert.True(IdNumber.TryParse("11010519491231002x", Today, out var id, out _));
        Assert.Equal("11010519491231002X", id.Value);
    }

    [Theory]
    [InlineData("11010519491231002", "length")]
    [InlineData("11010519491231002XX", "length")]
    [InlineData("", "length")]
    [InlineData("1101051949123100AX", "characters")]
    [InlineData("11010519491231002Y", "characters")]
    [InlineData("99010519491231002X", "region")]
    [InlineData("110105194913310028", "birth date")]
    [InlineData("110105202902300025", "birth date")]
    [InlineData("11010519491231002Z", "characters")]
    [InlineData("110105194912310021", "check character")]
    public void Rejects_malformed_numbers_naming_the_failing_part(string value, string part)
    {
        Assert.False(IdNumber.TryParse(value, Today, out _, out var failure));
        Assert.Equal(part, failure.Part);
        Assert.False(string.IsNullOrWhiteSpace(failure.Message));
    }

    [Fact]
    public void Rejects_a_birth_date_in_the_future()
    {
        var first17 = "43040820301231001";
        var value = first17 + IdNumber.ComputeCheckCharacter(first17);
        Assert.False(IdNumber.TryParse(value, Today, out _, out var failure));
        Assert.Equal("birth date", failure.Part);
        Assert.Contains("晚于今天", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Masks_birth_date_and_sequence_and_never_prints_in_clear()
    {
        var id = IdNumber.Parse("11010519491231002X", Today);
        Assert.Equal("110105********002X", id.Masked);
        Assert.Equal(id.Masked, id.ToString());
    }

    [Fact]
    public void Computes_age_on_a_day()
    {
        var id = IdNumber.Parse("11010519491231002X", Today);
        Assert.Equal(75, id.AgeOn(new DateOnly(2025, 12, 30)));
        Assert.Equal(76, id.AgeOn(new DateOnly(2025, 12, 31)));
    }
}
