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
    [InlineData("2031-03-04", true)]  // a year without data: weekdays
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
}
