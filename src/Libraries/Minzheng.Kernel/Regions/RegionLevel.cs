namespace Minzheng.Kernel.Regions;

public enum RegionLevel
{
    Country = 0,
    Province = 1,
    City = 2,
    County = 3,
    Town = 4,
    Village = 5,
}
