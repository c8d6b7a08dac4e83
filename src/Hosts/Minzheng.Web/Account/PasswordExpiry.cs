using Minzheng.Platform.Identity;

namespace Minzheng.Web.Account;

/// <summary>
/// 等保 8.1.4.1: passwords are changed periodically — every 90 days for the 三员 administrators and 180 for other staff
/// by default (the 安全管理员's policy; 0 turns it off). An expired password still signs in, then reaches nothing but the
/// change-password page, like a one-time password.
/// </summary>
internal static class PasswordExpiry
{
    public static bool IsExpired(AppUser user, IEnumerable<string> roles, Minzheng.Platform.Security.Policy.SecurityPolicy policy, DateTime nowUtc)
    {
        var days = policy.PasswordMaxAgeDays(roles.Any(Roles.ThreeAdministrators.Contains));
        return days > 0 && user.PasswordChangedAtUtc is { } changed && nowUtc - changed > TimeSpan.FromDays(days);
    }
}
