using Microsoft.Extensions.Configuration;
using Minzheng.Platform.Errors;

namespace Minzheng.Platform.Security.Policy;

/// <summary>
/// The sign-in rules the 安全管理员 sets (等保 8.1.4.1 identification and authentication): password history and maximum
/// age, lockout after failed logins, idle timeout — each for the 三员 administrators and other staff where they differ.
/// Configuration gives the first values (Security:*); once the 安全管理员 saves, the saved values rule.
/// </summary>
public sealed record SecurityPolicy(
    int PasswordHistory,
    int PasswordMaxAgeDaysAdministrators,
    int PasswordMaxAgeDaysStaff,
    int LockoutAttempts,
    int LockoutMinutes,
    int IdleSecondsAdministrators,
    int IdleSecondsStaff)
{
    /// <summary>Each rule with its name, unit and allowed range, as the policy page shows and checks them.</summary>
    public static readonly IReadOnlyList<PolicyRule> Rules =
    [
        new(nameof(PasswordHistory), "新密码不得与最近几次使用过的密码相同", "次", 0, 24),
        new(nameof(PasswordMaxAgeDaysAdministrators), "密码有效期（三员）", "天（0 为不限）", 0, 365),
        new(nameof(PasswordMaxAgeDaysStaff), "密码有效期（业务人员）", "天（0 为不限）", 0, 365),
        new(nameof(LockoutAttempts), "连续登录失败几次锁定账户", "次", 3, 10),
        new(nameof(LockoutMinutes), "锁定时长", "分钟", 5, 1440),
        new(nameof(IdleSecondsAdministrators), "无操作自动退出（三员）", "分钟", 5, 60, Scale: 60),
        new(nameof(IdleSecondsStaff), "无操作自动退出（业务人员）", "分钟", 5, 120, Scale: 60),
    ];

    public static SecurityPolicy FromConfiguration(IConfiguration? configuration) => new(
        configuration?.GetValue("Security:PasswordHistory", 5) ?? 5,
        configuration?.GetValue("Security:PasswordMaxAgeDays:Administrators", 90) ?? 90,
        configuration?.GetValue("Security:PasswordMaxAgeDays:Staff", 180) ?? 180,
        configuration?.GetValue("Security:LockoutAttempts", 5) ?? 5,
        configuration?.GetValue("Security:LockoutMinutes", 30) ?? 30,
        (int)(configuration?.GetValue("Security:IdleTimeout:Administrators", TimeSpan.FromMinutes(15)) ?? TimeSpan.FromMinutes(15)).TotalSeconds,
        (int)(configuration?.GetValue("Security:IdleTimeout:Staff", TimeSpan.FromMinutes(30)) ?? TimeSpan.FromMinutes(30)).TotalSeconds);

    public int this[string rule] => rule switch
    {
        nameof(PasswordHistory) => PasswordHistory,
        nameof(PasswordMaxAgeDaysAdministrators) => PasswordMaxAgeDaysAdministrators,
        nameof(PasswordMaxAgeDaysStaff) => PasswordMaxAgeDaysStaff,
        nameof(LockoutAttempts) => LockoutAttempts,
        nameof(LockoutMinutes) => LockoutMinutes,
        nameof(IdleSecondsAdministrators) => IdleSecondsAdministrators,
        nameof(IdleSecondsStaff) => IdleSecondsStaff,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    /// <summary>The policy with the saved values over these (a rule never saved keeps its value here).</summary>
    public SecurityPolicy With(IReadOnlyDictionary<string, int> saved) => new(
        saved.GetValueOrDefault(nameof(PasswordHistory), PasswordHistory),
        saved.GetValueOrDefault(nameof(PasswordMaxAgeDaysAdministrators), PasswordMaxAgeDaysAdministrators),
        saved.GetValueOrDefault(nameof(PasswordMaxAgeDaysStaff), PasswordMaxAgeDaysStaff),
        saved.GetValueOrDefault(nameof(LockoutAttempts), LockoutAttempts),
        saved.GetValueOrDefault(nameof(LockoutMinutes), LockoutMinutes),
        saved.GetValueOrDefault(nameof(IdleSecondsAdministrators), IdleSecondsAdministrators),
        saved.GetValueOrDefault(nameof(IdleSecondsStaff), IdleSecondsStaff));

    /// <summary>Each value inside its rule's range, or a field error naming the rule and the range.</summary>
    public void Validate()
    {
        var errors = new FieldErrors();
        foreach (var rule in Rules.Where(r => r.Shown(this[r.Key]) < r.Minimum || r.Shown(this[r.Key]) > r.Maximum || this[r.Key] % r.Scale != 0))
        {
            errors.Add(char.ToLowerInvariant(rule.Key[0]) + rule.Key[1..], $"“{rule.Name}”应在 {rule.Minimum} 至 {rule.Maximum} 之间");
        }

        errors.ThrowIfAny();
    }

    public TimeSpan IdleTimeout(bool administrator) => TimeSpan.FromSeconds(administrator ? IdleSecondsAdministrators : IdleSecondsStaff);

    public int PasswordMaxAgeDays(bool administrator) => administrator ? PasswordMaxAgeDaysAdministrators : PasswordMaxAgeDaysStaff;
}

/// <summary>A rule as staff set it: its name and unit, the range of what they type, and <paramref name="Scale"/> stored units per typed one (60 s a minute).</summary>
public sealed record PolicyRule(string Key, string Name, string Unit, int Minimum, int Maximum, int Scale = 1)
{
    public int Shown(int stored) => stored / Scale;

    public int Stored(int shown) => shown * Scale;
}
