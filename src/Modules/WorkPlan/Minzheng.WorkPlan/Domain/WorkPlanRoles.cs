using Minzheng.Platform.Access;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;

namespace Minzheng.WorkPlan.Domain;

/// <summary>Who may do what with a plan: district staff load plans and report progress; the district approves reports.</summary>
internal static class WorkPlanRoles
{
    public static bool MayManage(ICurrentUser user, string planRegion) =>
        (user.SeesAllRegions || user.IsInRole(Roles.DistrictOfficer) || user.IsInRole(Roles.DistrictLeader)) && user.Allows(planRegion);

    public static bool MayReport(ICurrentUser user, string planRegion) =>
        user.IsInRole(Roles.DistrictOfficer) && user.Allows(planRegion);

    public static bool MayReview(ICurrentUser user, string planRegion) =>
        (user.IsInRole(Roles.DistrictOfficer) || user.IsInRole(Roles.DistrictLeader)) && user.Allows(planRegion);

    public static void Ensure(bool allowed, string message)
    {
        if (!allowed)
        {
            throw new ForbiddenException(message);
        }
    }
}
