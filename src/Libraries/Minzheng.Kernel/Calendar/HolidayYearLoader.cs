using System.Text.Json;

namespace Minzheng.Kernel.Calendar;

/// <summary>Reads holiday arrangements from JSON: the shipped years, or a file an operator adds.</summary>
public static class HolidayYearLoader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static HolidayYear Parse(string json)
    {
        var year = JsonSerializer.Deserialize<HolidayYear>(json, Options)
                   ?? throw new FormatException("节假日安排文件为空");
        foreach (var h in year.Holidays)
        {
            if (h.To < h.From || h.From.Year != year.Year && h.To.Year != year.Year)
            {
                throw new FormatException($"节假日“{h.Name}”的日期范围无效");
            }
        }

        return year;
    }

    /// <summary>The years shipped with the kernel (2022–2026, each from its State Council notice).</summary>
    public static IReadOnlyList<HolidayYear> Shipped()
    {
        var asm = typeof(HolidayYearLoader).Assembly;
        var result = new List<HolidayYear>();
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith("Minzheng.Kernel.Calendar.cn-", StringComparison.Ordinal)))
        {
            using var stream = asm.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            result.Add(Parse(reader.ReadToEnd()));
        }

        return result;
    }
}
