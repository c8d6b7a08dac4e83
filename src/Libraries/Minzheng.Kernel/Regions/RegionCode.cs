using System.Diagnostics.CodeAnalysis;

namespace Minzheng.Kernel.Regions;

/// <summary>
/// A GB/T 2260 + statistical division code: 43 (province) → 430400 (city) → 430408 (county)
/// → 430408001 (town, 9 digits) → 430408001001 (village/community, 12 digits).
/// A 6-digit code ending in 0000 is a province and one ending in 00 a city; "" is the whole country.
/// </summary>
public readonly record struct RegionCode
{
    public string Value { get; }

    private RegionCode(string value) => Value = value;

    public static RegionCode Country => new(string.Empty);

    public RegionLevel Level => Value.Length switch
    {
        0 => RegionLevel.Country,
        2 => RegionLevel.Province,
        6 when Value.EndsWith("0000", StringComparison.Ordinal) => RegionLevel.Province,
        6 when Value.EndsWith("00", StringComparison.Ordinal) => RegionLevel.City,
        6 => RegionLevel.County,
        9 => RegionLevel.Town,
        _ => RegionLevel.Village,
    };

    /// <summary>The leading digits every code under this one shares (43, 4304, 430408, …).</summary>
    public string Prefix => Level switch
    {
        RegionLevel.Province => Value[..2],
        RegionLevel.City => Value[..4],
        _ => Value,
    };

    public RegionCode? Parent => Level switch
    {
        RegionLevel.Country => null,
        RegionLevel.Province => Country,
        RegionLevel.City => new RegionCode(Value[..2]),
        RegionLevel.County => new RegionCode(Value[..4] + "00"),
        RegionLevel.Town => new RegionCode(Value[..6]),
        _ => new RegionCode(Value[..9]),
    };

    /// <summary>True when this region is <paramref name="ancestor"/> or lies below it.</summary>
    public bool IsUnder(RegionCode ancestor) => Value.StartsWith(ancestor.Prefix, StringComparison.Ordinal);

    public static RegionCode Parse(string input) =>
        TryParse(input, out var code, out var failure) ? code : throw new FormatException(failure.ToString());

    public static bool TryParse(string? input, out RegionCode code, [NotNullWhen(false)] out ValidationFailure? failure)
    {
        code = default;
        failure = null;
        var value = (input ?? string.Empty).Trim();
        if (value.Length is not (2 or 6 or 9 or 12))
        {
            failure = new("length", $"行政区划代码应为2、6、9或12位数字，实际为{value.Length}位");
            return false;
        }

        if (!value.All(char.IsAsciiDigit))
        {
            failure = new("characters", "行政区划代码只能包含数字");
            return false;
        }

        if (value.Length == 6 && value.EndsWith("0000", StringComparison.Ordinal))
        {
            value = value[..2];
        }

        code = new RegionCode(value);
        return true;
    }


    public override string ToString() => Value;
}
