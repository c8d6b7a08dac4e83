using Minzheng.Platform.Identity;

namespace Minzheng.Platform.Access;

/// <summary>Authorization policy names the host registers and modules use.</summary>
public static class Policies
{
    /// <summary>Any signed-in staff role.</summary>
    public const string Staff = "staff";

    /// <summary>Roles that work with case data (not the 三员 administrators, not partner departments).</summary>
    public const string CaseData = "case-data";

    public static IReadOnlyList<string> CaseDataRoles { get; } =
        Roles.All.Where(r => !Roles.ThreeAdministrators.Contains(r) && r != Roles.PartnerDepartment).ToArray();
}
