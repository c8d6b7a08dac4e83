using System.Diagnostics.CodeAnalysis;

namespace Minzheng.Kernel.Organizations;

/// <summary>
/// A unified social credit code per GB 32100-2015: registration authority (1), category (1),
/// registration region (6), organisation code (9) and a MOD 31 check character.
/// </summary>
public readonly record struct CreditCode
{
    /// <summary>The 31 characters the standard allows: digits and capitals without I, O, Z, S, V.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public string Value { get; }

    private CreditCode(string value) => Value = value;

    public char AuthorityCode => Value[0];

    public char CategoryCode => Value[1];

    public string RegionCode => Value.Substring(2, 6);

    public string OrganizationCode => Value.Substring(8, 9);

    public string AuthorityName => CreditCodeCategories.AuthorityName(AuthorityCode);

    public string CategoryName => CreditCodeCategories.CategoryName(AuthorityCode, CategoryCode);

    /// <summary>True for the civil-affairs categories (51 社会团体, 52 社会服务机构, 53 基金会, 59 其他).</summary>
    public bool IsCivilAffairs => AuthorityCode == '5';

    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    public static CreditCode Parse(string input) =>
        TryParse(input, out var code, out var failure) ? code : throw new FormatException(failure.ToString());

    public static bool TryParse(string? input, out CreditCode code, [NotNullWhen(false)] out ValidationFailure? failure)
    {
        code = default;
        var value = (input ?? string.Empty).Trim().ToUpperInvariant();
        failure = Check(value);
        if (failure is not null)
        {
            return false;
        }

        code = new CreditCode(value);
        return true;
    }

    private static ValidationFailure? Check(string value)
    {
        if (value.Length != 18)
        {
            return new("length", $"统一社会信用代码应为18位，实际为{value.Length}位");
        }

        for (var i = 0; i < 18; i++)
        {
            if (!Alphabet.Contains(value[i], StringComparison.Ordinal))
            {
                return new("characters", $"统一社会信用代码第{i + 1}位“{value[i]}”不是允许的字符（不使用I、O、Z、S、V）");
            }
        }

        if (!CreditCodeCategories.IsKnownAuthority(value[0]))
        {
            return new("authority", $"统一社会信用代码第1位登记管理部门代码“{value[0]}”不存在");
        }

        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return new("region", "统一社会信用代码第3至8位登记管理机关行政区划码应为数字");
            }
        }

        var expected = ComputeCheckCharacter(value);
        if (expected != value[17])
        {
            return new("check character", $"统一社会信用代码校验码错误：第18位应为{expected}，实际为{value[17]}");
        }

        return null;
    }

    public override string ToString() => Value;
}
