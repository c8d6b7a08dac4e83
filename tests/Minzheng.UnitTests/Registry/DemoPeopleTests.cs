using Minzheng.Kernel.Identity;
using Minzheng.Registry.Features.SeedDemo;

namespace Minzheng.UnitTests.Registry;

public class DemoPeopleTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Fact]
    public void The_same_seed_gives_the_same_people_and_every_ID_number_is_valid_and_unique()
    {
        var a = new DemoPeople(7);
        var b = new DemoPeople(7);
        var ids = new HashSet<string>();
        for (var i = 0; i < 2000; i++)
        {
            var birth = a.BirthBetween(new DateOnly(1930, 1, 1), new DateOnly(2020, 1, 1));
            Assert.Equal(birth, b.BirthBetween(new DateOnly(1930, 1, 1), new DateOnly(2020, 1, 1)));
            var id = a.IdNumber(birth, Today);
            Assert.Equal(id, b.IdNumber(birth, Today));
            Assert.True(IdNumber.TryParse(id.Value, Today, out _, out _));
            Assert.Equal(birth, id.BirthDate);
            Assert.True(ids.Add(id.Value));
            Assert.Equal(a.Name(), b.Name());
        }
    }

    [Fact]
    public void Demo_regions_are_the_five_real_towns_with_synthetic_villages()
    {
        var regions = DemoRegions.All().ToList();
        Assert.Equal(["430408001", "430408002", "430408004", "430408100", "430408101"], regions.Where(r => r.Level == 4).Select(r => r.Code));
        Assert.All(regions.Where(r => r.Level == 5), v => Assert.True(v.IsSynthetic && v.Name.Contains("演示", StringComparison.Ordinal)));
        Assert.Contains(regions, r => r.Code == "430408100201");
    }
}
