namespace Minzheng.Web.Account;

/// <summary>
/// Why a password change failed, carried to the form as message keys: the page shows only these texts, never what a link's
/// query says (a crafted <c>?error=</c> would otherwise put any words on a sign-in page).
/// </summary>
internal static class PasswordChangeMessages
{
    public const string NewPasswordsDiffer = "NewPasswordsDiffer";
    public const string SameAsCurrent = "SameAsCurrent";
    public const string Expired = "Expired";

    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        [NewPasswordsDiffer] = "两次输入的新密码不一致",
        [SameAsCurrent] = "新密码不能与原密码相同",
        ["PasswordMismatch"] = "原密码不正确",
        ["PasswordTooShort"] = "新密码至少12位",
        ["PasswordClasses"] = "新密码须包含大写字母、小写字母、数字、符号中的至少三类",
        ["PasswordContainsUserName"] = "新密码不能包含用户名",
        ["PasswordCommon"] = "新密码过于常见或有规律（如常用单词、键盘连续字符、重复字符），请另设",
        ["PasswordReused"] = "新密码不能与最近几次使用过的密码相同",
        [Expired] = "密码已到期，请先修改密码再继续使用",
    };

    /// <summary>The keys of a failed change: ours, or Identity's error codes (an unknown one becomes a general failure).</summary>
    public static string Keys(IEnumerable<string> codes) => string.Join(',', codes.Select(c => Texts.ContainsKey(c) ? c : "Failed").Distinct());

    /// <summary>The texts for the keys of a query: known keys only.</summary>
    public static IReadOnlyList<string> Of(string? keys) =>
        (keys ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => Texts.TryGetValue(k, out var text) ? text : k == "Failed" ? "密码修改失败，请重试" : null)
            .OfType<string>().Distinct().ToList();
}
