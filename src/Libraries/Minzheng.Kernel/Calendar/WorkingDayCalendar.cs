namespace Minzheng.Kernel.Calendar;

/// <summary>
/// Working days in mainland China: Monday–Friday, minus official holidays, plus 调休 weekend workdays.
/// Years without data fall back to plain weekdays.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _holidays = [];
    private readonly HashSet<DateOnly> _makeupWorkdays = [];

    public WorkingDayCalendar(IEnumerable<HolidayYear> years)
    {
        foreach (var year in years)
        {
            foreach (var range in year.Holidays)
            {
                for (var d = range.From; d <= range.To; d = d.AddDays(1))
                {
                    _holidays.Add(d);
                }
            }

            _makeupWorkdays.UnionWith(year.MakeupWorkdays);
        }
    }

    public static WorkingDayCalendar Default { get; } = new(HolidayYearLoader.Shipped());

    public bool IsWorkingDay(DateOnly day)
    {
        if (_makeupWorkdays.Contains(day))
        {
            return true;
        }

        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);
    }

    /// <summary>The day that is <paramref name="workingDays"/> working days after <paramref name="start"/> (the start day itself is not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = start;
        var left = workingDays;
        while (left > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }

        return day;
    }

    /// <summary>Working days in (from, to]: how many working days have passed since <paramref name="from"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }
}
