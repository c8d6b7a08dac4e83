using Microsoft.AspNetCore.Identity;

namespace Minzheng.Platform.Identity;

/// <summary>One account per role of PRODUCT.md §1 for the demo district, created once with random passwords.</summary>
public static class DemoAccounts
{
    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Role, string[] Regions)> All =
    [
        ("leader", "区民政局领导（演示）", Roles.DistrictLeader, ["430408"]),
        ("officer", "区社会救助股（演示）", Roles.DistrictOfficer, ["430408"]),
        ("zhengxiang", "蒸湘街道经办（演示）", Roles.TownCaseWorker, ["430408001"]),
        ("hongxiang", "红湘街道经办（演示）", Roles.TownCaseWorker, ["430408002"]),
        ("daiyingling", "呆鹰岭镇经办（演示）", Roles.TownCaseWorker, ["430408100"]),
        ("assistant", "蒸湘第1社区协理员（演示）", Roles.VillageAssistant, ["430408001001"]),
        ("auditor", "区纪检审计（演示）", Roles.Auditor, ["430408"]),
        ("provider", "居家养老服务中心（演示）", Roles.ServiceProvider, ["430408"]),
        ("sysadmin", "系统管理员（演示）", Roles.SystemAdmin, []),
        ("secadmin", "安全管理员（演示）", Roles.SecurityAdmin, []),
        ("auditadmin", "审计管理员（演示）", Roles.AuditAdmin, []),
    ];

    /// <summary>Creates the missing demo accounts and returns them with their passwords (shown once, never stored in clear).</summary>
    public static async Task<IReadOnlyList<(string UserName, string DisplayName, string Role, string Password)>> EnsureAsync(UserAdministration admin, UserManager<AppUser> users)
    {
        var created = new List<(string, string, string, string)>();
        foreach (var (userName, displayName, role, regions) in All)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            // Printed once on the console: a one-time password, changed at the first sign-in (等保; the 三员 included).
            var password = await admin.CreateAsync(userName, displayName, role, regions, mustChangePassword: true);
            created.Add((userName, displayName, Roles.DisplayName(role), password));
        }

        return created;
    }
}
