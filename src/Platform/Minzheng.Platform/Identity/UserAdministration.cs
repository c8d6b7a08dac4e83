using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Minzheng.Kernel.Regions;
using Minzheng.Platform.Errors;

namespace Minzheng.Platform.Identity;

/// <summary>Creates users, resets passwords and lists accounts: used by `mz users` and the demo seed.</summary>
public sealed class UserAdministration(UserManager<AppUser> users, RoleManager<AppRole> roles)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new AppRole(role));
            }
        }
    }

    /// <summary>Creates a user; returns the initial password (generated when none is given).</summary>
    public async Task<string> CreateAsync(string userName, string displayName, string role, IEnumerable<string> regions, string? password = null, bool mustChangePassword = true)
    {
        if (!Roles.All.Contains(role))
        {
            throw new InputValidationException("role", $"未知角色“{role}”，可选：{string.Join("、", Roles.All)}");
        }

        var regionList = regions.ToList();
        foreach (var r in regionList)
        {
            if (!RegionCode.TryParse(r, out _, out var failure))
            {
                throw new InputValidationException("regions", $"区划代码“{r}”无效：{failure.Message}");
            }
        }

        await EnsureRolesAsync();
        password ??= GeneratePassword();
        var user = new AppUser { UserName = userName, DisplayName = displayName, RegionGrants = string.Join(';', regionList), MustChangePassword = mustChangePassword, LockoutEnabled = true };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        return password;
    }

    /// <summary>An administrator's reset: a new random password that must be changed at next login; lockout cleared.</summary>
    public async Task<string> ResetPasswordAsync(string userName)
    {
        var user = await users.FindByNameAsync(userName) ?? throw new NotFoundException($"用户“{userName}”不存在");
        var password = GeneratePassword();
        Check(await users.RemovePasswordAsync(user));
        Check(await users.AddPasswordAsync(user, password));
        user.MustChangePassword = true;
        if (!IsDisabled(user))
        {
            await users.SetLockoutEndDateAsync(user, null);
        }

        await users.ResetAccessFailedCountAsync(user);
        Check(await users.UpdateAsync(user));
        return password;
    }

    /// <summary>
    /// 停用: the account is locked for good (a reset does not lift it) and every session it has ends at its next
    /// request, because the security stamp changes. 启用 lifts it.
    /// </summary>
    public async Task SetDisabledAsync(string userName, bool disabled)
    {
        var user = await users.FindByNameAsync(userName) ?? throw new NotFoundException($"用户“{userName}”不存在");
        Check(await users.SetLockoutEnabledAsync(user, true));
        Check(await users.SetLockoutEndDateAsync(user, disabled ? DateTimeOffset.MaxValue : null));
        await users.ResetAccessFailedCountAsync(user);
        Check(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>Lifts a lockout after failed logins (not a 停用: that is lifted by 启用).</summary>
    public async Task UnlockAsync(string userName)
    {
        var user = await users.FindByNameAsync(userName) ?? throw new NotFoundException($"用户“{userName}”不存在");
        if (IsDisabled(user))
        {
            throw new BusinessRuleException("该账户已停用，请用“启用”恢复");
        }

        Check(await users.SetLockoutEndDateAsync(user, null));
        await users.ResetAccessFailedCountAsync(user);
    }

    internal static bool IsDisabled(AppUser user) => user.LockoutEnd == DateTimeOffset.MaxValue;

    public async Task<IReadOnlyList<(string UserName, string DisplayName, string Roles, string Regions, bool Locked, bool Disabled)>> ListAsync()
    {
        var list = new List<(string, string, string, string, bool, bool)>();
        foreach (var u in await users.Users.OrderBy(u => u.UserName).ToListAsync())
        {
            var r = await users.GetRolesAsync(u);
            list.Add((u.UserName!, u.DisplayName, string.Join(",", r), u.RegionGrants, u.LockoutEnd > DateTimeOffset.UtcNow, IsDisabled(u)));
        }

        return list;
    }

    /// <summary>16 characters from all four classes, never containing a user name (it has no long letter runs).</summary>
    public static string GeneratePassword()
    {
        const string lower = "abcdefghijkmnpqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", symbols = "!@#$%^&*-_=+";
        var sets = new[] { lower, upper, digits, symbols };
        var chars = new char[16];
        for (var i = 0; i < chars.Length; i++)
        {
            var set = sets[i % 4];
            chars[i] = set[RandomNumberGenerator.GetInt32(set.Length)];
        }

        return new string(chars);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InputValidationException("user", string.Join("；", result.Errors.Select(e => e.Description)));
        }
    }
}
