using Minzheng.Platform.Access;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;

namespace Minzheng.Monitoring.Features.Shared;

/// <summary>Who does what here: the district runs feeds, partners and the batch; towns handle their alerts.</summary>
internal static class MonitoringAccess
{
    public static readonly IReadOnlyList<string> DistrictRoles = [Roles.DistrictLeader, Roles.DistrictOfficer];

    /// <summary>Town and village staff and the district's business officers handle alerts; the leader and auditors read.</summary>
    public static readonly IReadOnlyList<string> HandlerRoles = [Roles.DistrictOfficer, Roles.TownCaseWorker, Roles.VillageAssistant];

    public static bool IsDistrict(ICurrentUser user) => user.SeesAllRegions || DistrictRoles.Any(user.IsInRole);

    public static void EnsureDistrict(ICurrentUser user)
    {
        if (!IsDistrict(user))
        {
            throw new ForbiddenException("仅区民政局可以管理数据接入和批量比对");
        }
    }

    public static void EnsureHandler(ICurrentUser user)
    {
        if (!user.SeesAllRegions && !HandlerRoles.Any(user.IsInRole))
        {
            throw new ForbiddenException("您的角色不能处置预警");
        }
    }

    /// <summary>The town (镇街, 9 digits) a village or community code belongs to.</summary>
    public static string TownOf(string regionCode) => regionCode.Length >= 9 ? regionCode[..9] : regionCode;
}
