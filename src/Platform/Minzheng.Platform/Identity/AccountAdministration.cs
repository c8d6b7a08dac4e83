using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Errors;

namespace Minzheng.Platform.Identity;

public sealed record AccountRow(string UserName, string DisplayName, string Roles, string Regions, bool Locked, bool Disabled);

/// <summary>
/// What the 系统管理员 does in the UI: list accounts, create one, reset a password (which also unlocks). The
/// 安全管理员 sees the accounts too, unlocks them and disables or enables them. One-time passwords are shown once and must
/// be changed at the next login; every action is audited. Neither reads case data (三员分立).
/// </summary>
public sealed class AccountAdministration(UserAdministration users, AuditLog audit, ICurrentUser user)
{
    public async Task<IReadOnlyList<AccountRow>> ListAsync()
    {
        EnsureAccountKeeper();
        return (await users.ListAsync()).Select(u => new AccountRow(u.UserName, u.DisplayName, u.Roles, u.Regions, u.Locked, u.Disabled)).ToList();
    }

    public async Task<string> CreateAsync(string userName, string displayName, string role, string region)
    {
        EnsureSystemAdmin();
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(userName) || userName.Trim().Length is < 3 or > 50 || !userName.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
        {
            errors.Add("userName", "用户名为3至50位字母、数字或 . _ -");
        }

        if (string.IsNullOrWhiteSpace(displayName))
        {
            errors.Add("displayName", "请填写姓名或岗位");
        }

        if (!Roles.All.Contains(role))
        {
            errors.Add("role", "请选择角色");
        }

        var needsRegion = !Roles.ThreeAdministrators.Contains(role) && role != Roles.PartnerDepartment;
        if (needsRegion && string.IsNullOrWhiteSpace(region))
        {
            errors.Add("region", "业务角色须指定管辖区域");
        }

        errors.ThrowIfAny();

        var password = await users.CreateAsync(userName.Trim(), displayName.Trim(), role, string.IsNullOrWhiteSpace(region) ? [] : [region.Trim()]);
        await audit.WriteAsync(AuditActions.Create, "User", userName.Trim(), region: string.IsNullOrWhiteSpace(region) ? null : region.Trim(),
            details: AuditJson.Serialize(new { role, region }));
        return password;
    }

    public async Task<string> ResetPasswordAsync(string userName)
    {
        EnsureSystemAdmin();
        var password = await users.ResetPasswordAsync(userName);
        await audit.WriteAsync(AuditActions.PasswordReset, "User", userName);
        return password;
    }

    /// <summary>停用 or 启用 an account; 停用 ends all of its sessions at once.</summary>
    public async Task SetDisabledAsync(string userName, bool disabled)
    {
        EnsureAccountKeeper();
        if (string.Equals(userName, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new InputValidationException("user", "不能停用自己的账户");
        }

        await users.SetDisabledAsync(userName, disabled);
        await audit.WriteAsync(disabled ? AuditActions.AccountDisabled : AuditActions.AccountEnabled, "User", userName);
    }

    /// <summary>解锁: an account locked by failed logins signs in again at once (the 安全管理员 or the system administrator).</summary>
    public async Task UnlockAsync(string userName)
    {
        EnsureAccountKeeper();
        await users.UnlockAsync(userName);
        await audit.WriteAsync(AuditActions.AccountUnlocked, "User", userName);
    }

    private void EnsureAccountKeeper()
    {
        if (!user.IsInRole(Roles.SystemAdmin) && !user.IsInRole(Roles.SecurityAdmin))
        {
            throw new ForbiddenException("只有系统管理员和安全管理员可以管理账户状态");
        }
    }

    private void EnsureSystemAdmin()
    {
        if (!user.IsInRole(Roles.SystemAdmin))
        {
            throw new ForbiddenException("只有系统管理员可以管理用户");
        }
    }
}
