using Minzheng.Platform.Identity;

namespace Minzheng.Platform.Access;

/// <summary>Authorization policy names the host registers and modules use.</summary>
public static class Policies
{
    /// <summary>Any signed-in staff role.</summary>
    public const string Staff = "staff";

    /// <summary>
    /// Roles that work with case data: not the 三员 administrators, not partner departments, and not service providers,
    /// who see only their own clients through the provider workspace (机构工作台).
    /// </summary>
    public const string CaseData = "case-data";

    public static IReadOnlyList<string> CaseDataRoles { get; } =
        Roles.All.Where(r => !Roles.ThreeAdministrators.Contains(r) && r != Roles.PartnerDepartment && r != Roles.ServiceProvider).ToArray();
}
