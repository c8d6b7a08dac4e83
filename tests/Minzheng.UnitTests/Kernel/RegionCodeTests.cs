using Minzheng.Kernel.Regions;

namespace Minzheng.UnitTests.Kernel;

public class RegionCodeTests
{
    [Theory]
    [InlineData("43", RegionLevel.Province)]
    [InlineData("430000", RegionLevel.Province)]
    [InlineData("430400", RegionLevel.City)]
    [InlineData("430408", RegionLevel.County)]
    [InlineData("430408001", RegionLevel.Town)]
    [InlineData("430408001001", RegionLevel.Village)]
    public void Knows_its_level(string value, RegionLevel level) => Assert.Equal(level, RegionCode.Parse(value).Level);

    [Fact]
    public void Walks_up_the_hierarchy()
    {
        var village = RegionCode.Parse("430408100201");
        var chain = new List<string>();
        for (RegionCode? r = village; r is not null; r = r.Value.Parent)
        {
            chain.Add(r.Value.Value);
        }

        Assert.Equal(["430408100201", "430408100", "430408", "430400", "43", ""], chain);
    }

    [Theory]
    [InlineData("430408100201", "430408100", true)]
    [InlineData("430408100201", "430408", true)]
    [InlineData("430408100201", "430400", true)]
    [InlineData("430408100201", "43", true)]
    [InlineData("430408100201", "430408101", false)]
    [InlineData("430408", "430408001", false)]
    [InlineData("430405001", "430408", false)]
    [InlineData("440408001", "43", false)]
    public void Is_under_by_prefix(string child, string ancestor, bool expected) =>
        Assert.Equal(expected, RegionCode.Parse(child).IsUnder(RegionCode.Parse(ancestor)));

    [Theory]
    [InlineData("4304")]
    [InlineData("43040800")]
    [InlineData("43040a")]
    [InlineData("")]
    public void Rejects_malformed_codes(string value) => Assert.False(RegionCode.TryParse(value, out _, out _));
}
