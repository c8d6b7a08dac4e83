namespace Minzheng.Matching.Keys;

/// <summary>
/// An 18-character GB 11643 ID number packed into 64 bits: the 17 digits as a number times 11 plus the check value
/// (X = 10). A final x is the same as X. Valid means what MATCHING.md says: 18 characters, 17 digits, a real birth
/// date, the right check character.
/// </summary>
public static class IdKey
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static readonly int[] CheckValue = [1, 0, 10, 9, 8, 7, 6, 5, 4, 3, 2]; // sum % 11 → value of the check character
    private static readonly int[] DaysInMonth = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    public static bool TryPack(ReadOnlySpan<byte> text, out long key, out string? reason)
    {
        key = 0;
        text = text.Trim((byte)' ');
        if (text.Length != 18)
        {
            reason = $"身份证号应为18位，实际为{text.Length}位";
            return false;
        }

        long digits = 0;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var d = text[i] - '0';
            if ((uint)d > 9)
            {
                reason = $"身份证号第{i + 1}位不是数字";
                return false;
            }

            digits = digits * 10 + d;
            sum += d * Weights[i];
        }

        var last = text[17];
        var check = last is (byte)'X' or (byte)'x' ? 10 : last - '0';
        if ((uint)check > 10)
        {
            reason = "身份证号第18位应为数字或X";
            return false;
        }

        var year = (text[6] - '0') * 1000 + (text[7] - '0') * 100 + (text[8] - '0') * 10 + (text[9] - '0');
        var month = (text[10] - '0') * 10 + (text[11] - '0');
        var day = (text[12] - '0') * 10 + (text[13] - '0');
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > (month == 2 && DateTime.IsLeapYear(year) ? 29 : DaysInMonth[month]))
        {
            reason = "身份证号中的出生日期不是有效日期";
            return false;
        }

        if (CheckValue[sum % 11] != check)
        {
            reason = "身份证号校验码错误";
            return false;
        }

        key = digits * 11 + check;
        reason = null;
        return true;
    }

    public static string Format(long key)
    {
        var check = (int)(key % 11);
        var digits = key / 11;
        return string.Create(18, (digits, check), static (span, s) =>
        {
            var d = s.digits;
            for (var i = 16; i >= 0; i--)
            {
                span[i] = (char)('0' + (int)(d % 10));
                d /= 10;
            }

            span[17] = s.check == 10 ? 'X' : (char)('0' + s.check);
        });
    }
}
