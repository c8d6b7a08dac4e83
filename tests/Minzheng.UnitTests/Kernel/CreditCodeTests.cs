using Minzheng.Kernel.Organizations;

namespace Minzheng.UnitTests.Kernel;

public class CreditCodeTests
{
    [Fact]
    public void Accepts_the_example_printed_in_GB_32100()
    {
        Assert.True(CreditCode.TryParse("91350100M000100Y43", out var code, out var failure), failure?.ToString());
        Assert.Equal("工商", code.AuthorityName);
        Assert.Equal("企业", code.CategoryName);
        Assert.Equal("350100", code.RegionCode);
        Assert.False(code.IsCivilAffairs);
    }

    [Theory]
    [InlineData('1', "社会团体")]
    [InlineData('2', "民办非企业单位（社会服务机构）")]
    [InlineData('3', "基金会")]
    [InlineData('9', "其他")]
    public void Decodes_the_civil_affairs_categories(char category, string name)
    {
        var first17 = $"5{category}430408MJ0000001";
        var code = CreditCode.Parse(first17 + CreditCode.ComputeCheckCharacter(first17));
        Assert.True(code.IsCivilAffairs);
        Assert.Equal("民政", code.AuthorityName);
        Assert.Equal(name, code.CategoryName);
        Assert.Equal("430408", code.RegionCode);
    }

    [Theory]
    [InlineData("91350100M000100Y4", "length")]
    [InlineData("91350100M000100Y43A", "length")]
    [InlineData("91350100M000100I43", "characters")]
    [InlineData("91350100O000100Y43", "characters")]
    [InlineData("Z1350100M000100Y43", "characters")]
    [InlineData("B1350100M000100Y43", "authority")]
    [InlineData("9135A100M000100Y43", "region")]
    [InlineData("91350100M000100Y44", "check character")]
    public void Rejects_malformed_codes_naming_the_failing_part(string value, string part)
    {
        Assert.False(CreditCode.TryParse(value, out _, out var failure));
        Assert.Equal(part, failure.Part);
    }

    [Fact]
    public void Lowercase_input_is_normalised()
    {
        Assert.True(CreditCode.TryParse("91350100m000100y43", out var code, out _));
        Assert.Equal("91350100M000100Y43", code.Value);
    }
}
