using Minzheng.Platform.Access;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Identity;

namespace Minzheng.Elderly.Features.Inspections;

/// <summary>Who records inspections and their rectification.</summary>
internal static class InspectionAccess
{
    /// <summary>The district for any institution; a town for the institutions it hosts.</summary>
    public static void EnsureMayInspect(ICurrentUser user, string regionCode)
    {
        if (!(user.IsInRole(Roles.DistrictOfficer) || user.IsInRole(Roles.TownCaseWorker)))
        {
            throw new ForbiddenException("只有区业务股室或机构所在镇街可以登记安全检查");
        }

        user.EnsureAllows(regionCode);
    }
}
