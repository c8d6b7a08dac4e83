using System.Text.RegularExpressions;
using Minzheng.Kernel.Identity;

namespace Minzheng.Registry.Features.Shared;

/// <summary>Field rules shared by the form, the API and the import, so that all three say the same thing.</summary>
internal static partial class InputRules
{
    public static string? Name(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "姓名不能为空"
        : name.Trim().Length > 50 ? "姓名不能超过50个字"
        : null;

    public static string? IdNumber(string? value, DateOnly today, out IdNumber id) =>
        Kernel.Identity.IdNumber.TryParse(value, today, out id, out var failure) ? null : failure.Message;

    public static string? Phone(string? phone) =>
        string.IsNullOrWhiteSpace(phone) || PhonePattern().IsMatch(phone.Trim()) ? null : "电话应为11位手机号或带区号的固定电话";

    public static string? BankAccount(string? account) =>
        string.IsNullOrWhiteSpace(account) || BankAccountNumber.IsValid(account) ? null : BankAccountNumber.Rule;

    public static string? Address(string? address) =>
        string.IsNullOrWhiteSpace(address) ? "地址不能为空" : address.Trim().Length > 200 ? "地址不能超过200个字" : null;

    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")]
    private static partial Regex PhonePattern();
}
