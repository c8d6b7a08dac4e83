using Minzheng.Platform.Access;

namespace Minzheng.Platform.Regions;

public static class VisibleTowns
{
    /// <summary>The district this installation serves (the demo district); its towns are the breakdown of every figure.</summary>
    public const string District = "430408";

    /// <summary>The district's towns the user may see: those inside their regions, or containing them (a village assistant's town).</summary>
    public static async Task<IReadOnlyList<RegionEntry>> TownsForAsync(this IRegionDirectory directory, ICurrentUser user, CancellationToken ct = default) =>
        (await directory.ChildrenAsync(District, ct)).Where(t => user.SeesTown(t.Code)).ToList();

    /// <summary>Whether the town is inside the user's regions or contains one of them (a village assistant's town).</summary>
    public static bool SeesTown(this ICurrentUser user, string townCode) =>
        user.Allows(townCode) || user.RegionPrefixes.Any(p => p.StartsWith(townCode, StringComparison.Ordinal));
}
