using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Minzheng.Kernel.Identity;

/// <summary>
/// A resident identity number per GB 11643-1999: 6-digit region, 8-digit birth date, 3-digit sequence
/// (odd = male), and an ISO 7064 MOD 11-2 check character. Always held upper-case.
/// </summary>
public readonly record struct IdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";
    private static readonly DateOnly EarliestBirth = new(1800, 1, 1);

    public string Value { get; }

    private IdNumber(string value) => Value = value;

    public string RegionCode => Value[..6];

    public string ProvinceCode => Value[..2];

    public DateOnly BirthDate => DateOnly.ParseExact(Value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture);

    public Sex Sex => (Value[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    /// <summary>430408********1234: region kept for routing, birth date and sequence hidden.</summary>
    public string Masked => Mask(Value);

    public int AgeOn(DateOnly day)
    {
        var birth = BirthDate;
        var age = day.Year - birth.Year;
        return birth.AddYears(age) > day ? age - 1 : age;
    }

    public static string Mask(string value) =>
        value.Length == 18 ? string.Concat(value.AsSpan(0, 6), "********", value.AsSpan(14, 4)) : new string('*', value.Length);

    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckChars[sum % 11];
    }

    public static IdNumber Parse(string input, DateOnly today) =>
        TryParse(input, today, out var id, out var failure) ? id : throw new FormatException(failure.ToString());

    public static bool TryParse(string? input, DateOnly today, out IdNumber id, [NotNullWhen(false)] out ValidationFailure? failure)
    {
        id = default;
        failure = Check(input, today);
        if (failure is not null)
        {
            return false;
        }

        id = new IdNumber(input!.Trim().ToUpperInvariant());
        return true;
    }

    private static ValidationFailure? Check(string? input, DateOnly today)
    {
        var value = (input ?? string.Empty).Trim();
        if (value.Length != 18)
        {
            return new("length", $"身份证号码应为18位，实际为{value.Length}位");
        }

        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return new("characters", $"身份证号码第{i + 1}位应为数字");
            }
        }

        var last = char.ToUpperInvariant(value[17]);
        if (!char.IsAsciiDigit(last) && last != 'X')
        {
            return new("characters", "身份证号码第18位应为数字或X");
        }

        if (!ProvinceCodes.IsKnown(value[..2]))
        {
            return new("region", $"身份证号码的省级行政区划代码{value[..2]}不存在");
        }

        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth < EarliestBirth)
        {
            return new("birth date", $"身份证号码中的出生日期{value.Substring(6, 8)}不是有效日期");
        }

        if (birth > today)
        {
            return new("birth date", $"身份证号码中的出生日期{birth:yyyy-MM-dd}晚于今天");
        }

        var expected = ComputeCheckCharacter(value);
        if (expected != last)
        {
            return new("check character", $"身份证号码校验码错误：第18位应为{expected}，实际为{last}");
        }

        return null;
    }

    public override string ToString() => Masked;
}
