using Minzheng.Platform.Errors;

namespace Minzheng.Platform.Access;

public static class RegionAccess
{
    /// <summary>True when the user's scope covers the region (the same rule as the query filters).</summary>
    public static bool Allows(this ICurrentUser user, string regionCode) =>
        user.SeesAllRegions || user.RegionPrefixes.Any(p => regionCode.StartsWith(p, StringComparison.Ordinal));

    /// <summary>Refuses a write into a region outside the user's scope.</summary>
    public static void EnsureAllows(this ICurrentUser user, string regionCode)
    {
        if (!user.Allows(regionCode))
        {
            throw new ForbiddenException("该区域不在您的管辖范围内");
        }
    }
}
