using System.Text.RegularExpressions;

namespace Minzheng.Kernel.Identity;

/// <summary>A bank account number as a payee gives it: 12 to 30 digits (debit cards and passbooks alike).</summary>
public static partial class BankAccountNumber
{
    public const string Rule = "银行账号应为12至30位数字";

    public static bool IsValid(string? account) => account is not null && Pattern().IsMatch(account.Trim());

    [GeneratedRegex(@"^\d{12,30}$")]
    private static partial Regex Pattern();
}
