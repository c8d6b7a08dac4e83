using System.Globalization;

namespace Minzheng.Matching.Keys;

/// <summary>Amounts (yuan with at most 2 decimals, held as fen) and dates (YYYY-MM-DD) as the feeds write them.</summary>
public static class FieldValues
{
    public static bool TryParseFen(ReadOnlySpan<byte> text, out long fen)
    {
        fen = 0;
        text = text.Trim((byte)' ');
        var negative = text.Length > 0 && text[0] == '-';
        if (negative)
        {
            text = text[1..];
        }

        if (text.Length == 0 || text.Length > 16)
        {
            return false;
        }

        long whole = 0;
        var i = 0;
        for (; i < text.Length && text[i] != '.'; i++)
        {
            var d = text[i] - '0';
            if ((uint)d > 9)
            {
                return false;
            }

            whole = whole * 10 + d;
        }

        if (i == 0)
        {
            return false;
        }

        long cents = 0;
        if (i < text.Length)
        {
            var decimals = text.Length - i - 1;
            if (decimals is < 1 or > 2)
            {
                return false;
            }

            for (var j = i + 1; j < text.Length; j++)
            {
                var d = text[j] - '0';
                if ((uint)d > 9)
                {
                    return false;
                }

                cents = cents * 10 + d;
            }

            if (decimals == 1)
            {
                cents *= 10;
            }
        }

        fen = whole * 100 + cents;
        if (negative)
        {
            fen = -fen;
        }

        return true;
    }

    public static bool TryParseDate(ReadOnlySpan<byte> text, out DateOnly date)
    {
        date = default;
        text = text.Trim((byte)' ');
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        var year = 0;
        var month = 0;
        var day = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            var d = text[i] - '0';
            if ((uint)d > 9)
            {
                return false;
            }

            if (i < 4)
            {
                year = year * 10 + d;
            }
            else if (i < 7)
            {
                month = month * 10 + d;
            }
            else
            {
                day = day * 10 + d;
            }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    public static string FormatFen(long fen) =>
        (fen < 0 ? "-" : string.Empty) + (Math.Abs(fen) / 100).ToString(CultureInfo.InvariantCulture) + "." + (Math.Abs(fen) % 100).ToString("00", CultureInfo.InvariantCulture);
}
