using Minzheng.Kernel.Calendar;

namespace Minzheng.UnitTests.Kernel;

public class WorkingDayCalendarTests
{
    private readonly WorkingDayCalendar _calendar = WorkingDayCalendar.Default;

    [Theory]
    [InlineData("2022-01-03", false)] // 元旦 Monday off
    [InlineData("2022-01-29", true)]  // Saturday worked (调休 for 春节)
    [InlineData("2022-02-04", false)] // 春节 Friday
    [InlineData("2022-04-24", true)]  // Sunday worked
    [InlineData("2022-10-07", false)] // 国庆 Friday
    [InlineData("2022-10-09", true)]  // Sunday worked
    [InlineData("2022-10-10", true)]  // plain Monday
    [InlineData("2022-10-15", false)] // plain Saturday
    public void Knows_2022_holidays_and_makeup_days(string day, bool working) =>
        Assert.Equal(working, _calendar.IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Adds_working_days_across_the_national_day_week()
    {
        // Thu 29 Sep + 3 working days: Fri 30 Sep, Sat 8 Oct, Sun 9 Oct.
        Assert.Equal(new DateOnly(2022, 10, 9), _calendar.AddWorkingDays(new DateOnly(2022, 9, 29), 3));
        Assert.Equal(3, _calendar.WorkingDaysBetween(new DateOnly(2022, 9, 29), new DateOnly(2022, 10, 9)));
    }

    [Theory]
    [InlineData("2022-12-31", false)] // 2023 元旦 begins on the Saturday before
    [InlineData("2023-01-02", false)] // 元旦 Monday
    [InlineData("2023-01-29", true)]  // Sunday worked for 春节
    [InlineData("2023-10-06", false)] // 中秋国庆 Friday
    [InlineData("2023-10-07", true)]  // Saturday worked
    [InlineData("2024-02-16", false)] // 春节 Friday
    [InlineData("2024-02-18", true)]  // Sunday worked
    [InlineData("2024-06-10", false)] // 端午 Monday
    [InlineData("2024-10-12", true)]  // Saturday worked
    [InlineData("2025-02-03", false)] // 春节 (eight days from 除夕, the 2024 rule change)
    [InlineData("2025-02-08", true)]  // Saturday worked
    [InlineData("2025-04-27", true)]  // Sunday worked for 劳动节
    [InlineData("2025-10-08", false)] // 国庆中秋 eighth day
    [InlineData("2026-01-04", true)]  // Sunday worked for 元旦
    [InlineData("2026-02-23", false)] // 春节 ninth day, a Monday
    [InlineData("2026-02-28", true)]  // Saturday worked
    [InlineData("2026-05-05", false)] // 劳动节 Tuesday
    [InlineData("2026-09-20", true)]  // Sunday worked for 国庆
    [InlineData("2026-10-07", false)] // 国庆 Wednesday
    [InlineData("2026-12-07", true)]  // a plain Monday
    public void Knows_the_holidays_and_makeup_days_of_2023_to_2026(string day, bool working) =>
        Assert.Equal(working, _calendar.IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_deadline_across_the_2026_spring_festival_skips_its_nine_days()
    {
        // Fri 13 Feb 2026 + 2 working days: Sat 14 Feb (worked), then nothing until Tue 24 Feb.
        Assert.Equal(new DateOnly(2026, 2, 24), _calendar.AddWorkingDays(new DateOnly(2026, 2, 13), 2));
    }

    [Fact]
    public void Every_shipped_year_names_its_State_Council_notice()
    {
        var years = HolidayYearLoader.Shipped().OrderBy(y => y.Year).ToList();
        Assert.Equal([2022, 2023, 2024, 2025, 2026], years.Select(y => y.Year));
        Assert.All(years, y => Assert.StartsWith($"国务院办公厅关于{y.Year}年部分节假日安排的通知", y.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void Refuses_a_broken_holiday_file()
    {
        Assert.ThrowsAny<Exception>(() => HolidayYearLoader.Parse("{not json"));
        Assert.Throws<FormatException>(() => HolidayYearLoader.Parse(
            """{"year":2023,"source":"x","holidays":[{"name":"a","from":"2023-05-03","to":"2023-05-01"}],"makeupWorkdays":[]}"""));
    }

    [Fact]
    public void A_day_in_a_year_without_its_notice_is_refused_with_the_year_named()
    {
        var refused = Assert.Throws<CalendarYearNotLoadedException>(() => _calendar.IsWorkingDay(new DateOnly(2031, 3, 4)));
        Assert.Equal(2031, refused.Year);
        Assert.Contains("2031年的法定节假日安排尚未导入", refused.Message, StringComparison.Ordinal);
        Assert.Contains("mz calendar load", refused.Message, StringComparison.Ordinal);
        Assert.Throws<CalendarYearNotLoadedException>(() => _calendar.AddWorkingDays(new DateOnly(2031, 3, 4), 5));
        Assert.Throws<CalendarYearNotLoadedException>(() => _calendar.WorkingDaysBetween(new DateOnly(2021, 12, 1), new DateOnly(2022, 1, 5)));
        Assert.Equal([2022, 2023, 2024, 2025, 2026], _calendar.Years.Where(y => y <= 2026));
    }

    [Fact]
    public void A_december_deadline_runs_on_into_the_next_year_counting_its_weekdays_and_says_it_is_an_estimate()
    {
        // Mon 28 Dec 2026 + 5: Tue 29, Wed 30, Thu 31, then 2027 unannounced — Fri 1 Jan counted, Mon 4 Jan.
        var calendar = new WorkingDayCalendar(HolidayYearLoader.Shipped().Where(y => y.Year < 2027));
        var due = calendar.AddWorkingDays(new DateOnly(2026, 12, 28), 5);
        Assert.Equal(new DateOnly(2027, 1, 4), due);
        Assert.True(calendar.IsEstimate(due));
        Assert.False(calendar.IsEstimate(new DateOnly(2026, 12, 31)));

        // Once the year's notice is loaded, its 元旦 is a holiday: the same count ends a day later.
        var loaded = HolidayYearLoader.Parse(Year2030Like(2027, from: "2027-01-01", to: "2027-01-03", makeup: "2027-01-10"));
        var withNotice = new WorkingDayCalendar([.. HolidayYearLoader.Shipped().Where(y => y.Year < 2027), loaded]);
        Assert.Equal(new DateOnly(2027, 1, 5), withNotice.AddWorkingDays(new DateOnly(2026, 12, 28), 5));
        Assert.False(withNotice.IsEstimate(new DateOnly(2027, 1, 5)));
    }

    [Theory]
    [InlineData("not json", "格式不正确")]
    [InlineData("""{"year":2030,"source":"","holidays":[{"name":"元旦","from":"2030-01-01","to":"2030-01-01"}],"makeupWorkdays":[]}""", "source")]
    [InlineData("""{"year":1999,"source":"x","holidays":[{"name":"元旦","from":"1999-01-01","to":"1999-01-01"}],"makeupWorkdays":[]}""", "年份 1999 无效")]
    [InlineData("""{"year":2030,"source":"x","holidays":[],"makeupWorkdays":[]}""", "holidays 不能为空")]
    [InlineData("""{"year":2030,"source":"x","holidays":[{"name":"春节","from":"2030-02-10","to":"2030-02-03"}],"makeupWorkdays":[]}""", "“春节”的日期范围")]
    [InlineData("""{"year":2030,"source":"x","holidays":[{"name":"春节","from":"2030-02-01","to":"2030-02-20"}],"makeupWorkdays":[]}""", "不超过15天")]
    [InlineData("""{"year":2030,"source":"x","holidays":[{"name":"国庆节","from":"2031-10-01","to":"2031-10-07"}],"makeupWorkdays":[]}""", "须在 2030 年内")]
    [InlineData("""{"year":2030,"source":"x","holidays":[{"name":"元旦","from":"2030-01-01","to":"2030-01-01"}],"makeupWorkdays":["2030-01-07"]}""", "须为 2030 年的周六或周日")]
    [InlineData("""{"year":2030,"source":"x","holidays":[{"name":"春节","from":"2030-02-02","to":"2030-02-08"}],"makeupWorkdays":["2030-02-02"]}""", "落在放假日期内")]
    public void A_bad_holiday_file_is_refused_with_what_is_wrong(string json, string message) =>
        Assert.Contains(message, Assert.Throws<FormatException>(() => HolidayYearLoader.Parse(json)).Message, StringComparison.Ordinal);

    private static string Year2030Like(int year, string from, string to, string makeup) =>
        $$"""{"year":{{year}},"source":"测试用安排（非真实通知）","holidays":[{"name":"元旦","from":"{{from}}","to":"{{to}}"}],"makeupWorkdays":["{{makeup}}"]}""";
}
