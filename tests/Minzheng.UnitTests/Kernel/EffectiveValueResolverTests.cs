using Minzheng.Kernel.Regions;
using Minzheng.Kernel.Settings;

namespace Minzheng.UnitTests.Kernel;

public class EffectiveValueResolverTests
{
    private static readonly EffectiveValue<long>[] Versions =
    [
        new("dibao.urban", RegionCode.Parse("43"), new DateOnly(2021, 1, 1), 55000, "province"),
        new("dibao.urban", RegionCode.Parse("430408"), new DateOnly(2022, 1, 1), 60200, "seed"),
        new("dibao.urban", RegionCode.Parse("430408"), new DateOnly(2023, 1, 1), 63000, "later"),
    ];

    [Theory]
    [InlineData("430408001", "2022-06-01", 60200)]
    [InlineData("430408001", "2023-01-01", 63000)]
    [InlineData("430408001", "2021-06-01", 55000)]
    [InlineData("430405001", "2022-06-01", 55000)]
    public void Picks_the_most_specific_region_then_the_latest_version(string region, string day, long expected)
    {
        var v = EffectiveValueResolver.Resolve(Versions, "dibao.urban", RegionCode.Parse(region), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, v?.Value);
    }

    [Fact]
    public void Nothing_before_the_first_version() =>
        Assert.Null(EffectiveValueResolver.Resolve(Versions, "dibao.urban", RegionCode.Parse("430408"), new DateOnly(2020, 1, 1)));
}
