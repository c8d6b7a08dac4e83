using System.Globalization;

namespace Minzheng.Kernel.Money;

/// <summary>An amount of renminbi in integer fen (分). Never a floating-point number.</summary>
public readonly record struct Money(long Fen) : IComparable<Money>
{
    public static Money Zero => new(0);

    public static Money FromYuan(long yuan) => new(checked(yuan * 100));

    /// <summary>Exact conversion; an amount with more than two decimals is refused, never rounded silently.</summary>
    public static Money FromYuan(decimal yuan)
    {
        var fen = yuan * 100m;
        if (fen != decimal.Truncate(fen))
        {
            throw new ArgumentException($"金额{yuan}元超过两位小数", nameof(yuan));
        }

        return new Money(decimal.ToInt64(fen));
    }

    /// <summary>Parses yuan written as 50000, 50000.5 or 50000.00 (at most two decimals).</summary>
    public static bool TryParseYuan(string? text, out Money money)
    {
        money = Zero;
        if (string.IsNullOrWhiteSpace(text)
            || !decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var yuan)
            || yuan * 100m != decimal.Truncate(yuan * 100m)
            || Math.Abs(yuan) > long.MaxValue / 100m)
        {
            return false;
        }

        money = new Money(decimal.ToInt64(yuan * 100m));
        return true;
    }

    public decimal Yuan => Fen / 100m;

    public static Money operator +(Money a, Money b) => new(checked(a.Fen + b.Fen));

    public static Money operator -(Money a, Money b) => new(checked(a.Fen - b.Fen));

    public static Money operator -(Money a) => new(checked(-a.Fen));

    public static Money operator *(Money a, long factor) => new(checked(a.Fen * factor));

    public static bool operator <(Money a, Money b) => a.Fen < b.Fen;

    public static bool operator >(Money a, Money b) => a.Fen > b.Fen;

    public static bool operator <=(Money a, Money b) => a.Fen <= b.Fen;

    public static bool operator >=(Money a, Money b) => a.Fen >= b.Fen;

    public Money Add(Money other) => this + other;

    public Money Subtract(Money other) => this - other;

    public Money Multiply(long factor) => this * factor;

    public Money Negate() => -this;

    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    /// <summary>Yuan with thousands separators and two decimals: 1,234.50.</summary>
    public string ToYuanString() => Yuan.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public override string ToString() => $"{ToYuanString()}元";
}
