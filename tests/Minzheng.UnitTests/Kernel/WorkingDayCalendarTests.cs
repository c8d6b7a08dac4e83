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

    [Fact]
    public void The_shipped_year_names_its_source()
    {
        var year = Assert.Single(HolidayYearLoader.Shipped());
        Assert.Equal(2022, year.Year);
        Assert.Contains("国办发明电", year.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_broken_holiday_file()
    {
        Assert.ThrowsAny<Exception>(() => HolidayYearLoader.Parse("{not json"));
        Assert.Throws<FormatException>(() => HolidayYearLoader.Parse(
            """{"year":2023,"source":"x","holidays":[{"name":"a","from":"2023-05-03","to":"2023-05-01"}],"makeupWorkdays":[]}"""));
    }
}
