using Microsoft.AspNetCore.Identity;

namespace Minzheng.Platform.Security;

/// <summary>
/// The 等保 level-3 password rule: at least 12 characters, at least 3 of the 4 classes
/// (lower, upper, digit, symbol), not containing the user name, and not built from common words or keyboard runs
/// (<see cref="CommonPasswords"/>).
/// </summary>
internal sealed class PasswordPolicyValidator<TUser> : IPasswordValidator<TUser>
    where TUser : IdentityUser<Guid>
{
    public const int MinimumLength = 12;

    public Task<IdentityResult> ValidateAsync(UserManager<TUser> manager, TUser user, string? password) =>
        Task.FromResult(Validate(user.UserName, password));

    public static bool IsStrong(string? userName, string? password) => Validate(userName, password).Succeeded;

    public static IdentityResult Validate(string? userName, string? password)
    {
        password ??= string.Empty;
        var errors = new List<IdentityError>();
        if (password.Length < MinimumLength)
        {
            errors.Add(new() { Code = "PasswordTooShort", Description = $"密码至少{MinimumLength}位" });
        }

        var classes = (password.Any(char.IsAsciiLetterLower) ? 1 : 0)
                      + (password.Any(char.IsAsciiLetterUpper) ? 1 : 0)
                      + (password.Any(char.IsAsciiDigit) ? 1 : 0)
                      + (password.Any(c => !char.IsAsciiLetterOrDigit(c)) ? 1 : 0);
        if (classes < 3)
        {
            errors.Add(new() { Code = "PasswordClasses", Description = "密码须包含大写字母、小写字母、数字、符号中的至少三类" });
        }

        if (!string.IsNullOrEmpty(userName) && password.Contains(userName, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new() { Code = "PasswordContainsUserName", Description = "密码不能包含用户名" });
        }

        if (password.Length > 0 && CommonPasswords.IsCommon(password))
        {
            errors.Add(new() { Code = "PasswordCommon", Description = "密码过于常见或有规律（如常用单词、键盘连续字符、重复字符），请另设" });
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }
}
