using Minzheng.Platform.Identity;

namespace Minzheng.Web.Account;

/// <summary>
/// 等保 8.1.4.1: passwords are changed periodically — every 90 days for the 三员 administrators and 180 for other staff
/// by default (Security:PasswordMaxAgeDays:Administrators / :Staff; 0 turns it off). An expired password still signs in,
/// then reaches nothing but the change-password page, like a one-time password.
/// </summary>
internal static class PasswordExpiry
{
    public static bool IsExpired(AppUser user, IEnumerable<string> roles, IConfiguration config, DateTime nowUtc)
    {
        var days = roles.Any(Roles.ThreeAdministrators.Contains)
            ? config.GetValue("Security:PasswordMaxAgeDays:Administrators", 90)
            : config.GetValue("Security:PasswordMaxAgeDays:Staff", 180);
        return days > 0 && user.PasswordChangedAtUtc is { } changed && nowUtc - changed > TimeSpan.FromDays(days);
    }
}
