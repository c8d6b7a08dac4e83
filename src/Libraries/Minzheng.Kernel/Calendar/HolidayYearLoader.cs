using System.Text.Json;

namespace Minzheng.Kernel.Calendar;

/// <summary>Reads holiday arrangements from JSON: the shipped years, or a file an operator loads (`mz calendar load`).</summary>
public static class HolidayYearLoader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// One year's arrangement, checked as a notice reads: a year, its source, holidays of at most 15 days each in that
    /// year (元旦 may begin on 31 December before it), and 调休 workdays that are Saturdays or Sundays outside every holiday.
    /// </summary>
    public static HolidayYear Parse(string json)
    {
        HolidayYear? year;
        try
        {
            year = JsonSerializer.Deserialize<HolidayYear>(json, Options);
        }
        catch (JsonException e)
        {
            throw new FormatException($"节假日安排文件格式不正确：{e.Message}", e);
        }

        if (year is null || year.Holidays is null || year.MakeupWorkdays is null)
        {
            throw new FormatException("节假日安排文件应包含 year、source、holidays、makeupWorkdays");
        }

        if (year.Year is < 2000 or > 2100)
        {
            throw new FormatException($"年份 {year.Year} 无效");
        }

        if (string.IsNullOrWhiteSpace(year.Source))
        {
            throw new FormatException("请在 source 中写明依据（国务院办公厅通知的名称和日期）");
        }

        if (year.Holidays.Count == 0)
        {
            throw new FormatException("holidays 不能为空");
        }

        foreach (var h in year.Holidays)
        {
            if (h.To < h.From || h.To.DayNumber - h.From.DayNumber > 14 || !InYear(h.From, year.Year) || !InYear(h.To, year.Year))
            {
                throw new FormatException($"节假日“{h.Name}”的日期范围 {h.From:yyyy-MM-dd} 至 {h.To:yyyy-MM-dd} 无效（须在 {year.Year} 年内，且不超过15天）");
            }
        }

        foreach (var d in year.MakeupWorkdays)
        {
            if (!InYear(d, year.Year) || d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                throw new FormatException($"调休上班日 {d:yyyy-MM-dd} 无效（须为 {year.Year} 年的周六或周日）");
            }

            if (year.Holidays.Any(h => d >= h.From && d <= h.To))
            {
                throw new FormatException($"调休上班日 {d:yyyy-MM-dd} 落在放假日期内");
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

    // 元旦 of a year may start on 31 December of the year before (2023: 2022-12-31).
    private static bool InYear(DateOnly d, int year) => d.Year == year || (d.Year == year - 1 && d.Month == 12 && d.Day == 31);
}
