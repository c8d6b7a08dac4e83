using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Features.SeedDemo;

/// <summary>
/// 蒸湘区 and its five real divisions (NBS statistical codes, DOMAIN-RULES §0). Villages and communities
/// below them are invented for the demo (codes 001–0NN communities, 201+ villages) and marked synthetic.
/// </summary>
internal static class DemoRegions
{
    public const string District = "430408";

    public static readonly IReadOnlyList<(string Code, string Name, bool IsSubdistrict)> Towns =
    [
        ("430408001", "蒸湘街道", true),
        ("430408002", "红湘街道", true),
        ("430408004", "联合街道", true),
        ("430408100", "呆鹰岭镇", false),
        ("430408101", "雨母山镇", false),
    ];

    public const int VillagesPerTown = 8;

    public static IEnumerable<Region> All()
    {
        yield return new Region { Code = District, Name = "蒸湘区", ParentCode = "430400", Level = 3 };
        foreach (var (code, name, sub) in Towns)
        {
            yield return new Region { Code = code, Name = name, ParentCode = District, Level = 4 };
            for (var i = 1; i <= VillagesPerTown; i++)
            {
                yield return new Region
                {
                    Code = VillageCode(code, sub, i),
                    Name = sub ? $"{name[..2]}第{i}社区（演示）" : $"{name[..3]}第{i}村（演示）",
                    ParentCode = code,
                    Level = 5,
                    IsSynthetic = true,
                };
            }
        }
    }

    public static string VillageCode(string town, bool subdistrict, int n) =>
        town + (subdistrict ? n : 200 + n).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
}
