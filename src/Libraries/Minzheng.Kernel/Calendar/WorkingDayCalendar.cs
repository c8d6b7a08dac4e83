namespace Minzheng.Kernel.Calendar;

/// <summary>
/// Working days in mainland China: Monday–Friday, minus official holidays, plus 调休 weekend workdays, for the years
/// whose State Council notice is loaded (shipped, or loaded by an operator). Counting from a day in a year without one
/// is refused (<see cref="CalendarYearNotLoadedException"/>): guessing would move legal deadlines silently. A count
/// that runs on into the next, not yet announced year counts its Mondays–Fridays there and says so
/// (<see cref="IsEstimate"/>), so December's deadlines can be set before the next year's notice is out.
/// </summary>
public sealed class WorkingDayCalendar
{
    private static volatile WorkingDayCalendar _current = new(HolidayYearLoader.Shipped());

    private readonly HashSet<int> _years = [];
    private readonly HashSet<DateOnly> _holidays = [];
    private readonly HashSet<DateOnly> _makeupWorkdays = [];

    public WorkingDayCalendar(IEnumerable<HolidayYear> years)
    {
        foreach (var year in years)
        {
            _years.Add(year.Year);
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

    /// <summary>The calendar in force: the shipped years and those loaded from the database (<see cref="Use"/>).</summary>
    public static WorkingDayCalendar Default => _current;

    /// <summary>
    /// Puts the loaded years in force beside the shipped ones; a loaded year replaces a shipped year of the same number
    /// (a notice can be amended, as in 2020).
    /// </summary>
    public static void Use(IEnumerable<HolidayYear> loaded)
    {
        var byYear = HolidayYearLoader.Shipped().ToDictionary(y => y.Year);
        foreach (var year in loaded)
        {
            byYear[year.Year] = year;
        }

        _current = new WorkingDayCalendar(byYear.Values);
    }

    /// <summary>The years whose arrangement is known, in order.</summary>
    public IReadOnlyList<int> Years => [.. _years.Order()];

    public bool Covers(int year) => _years.Contains(year);

    /// <summary>A day in a year without its arrangement: a deadline landing there was counted Monday–Friday.</summary>
    public bool IsEstimate(DateOnly day) => !Covers(day.Year);

    /// <summary>Whether the day is worked; refused for a year whose arrangement is not loaded.</summary>
    public bool IsWorkingDay(DateOnly day)
    {
        Require(day.Year);
        return Worked(day);
    }

    /// <summary>
    /// The day that is <paramref name="workingDays"/> working days after <paramref name="start"/> (the start day itself is
    /// not counted). The start must be in a loaded year; days in a following year without data count Monday–Friday.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        Require(start.Year);
        var day = start;
        var left = workingDays;
        while (left > 0)
        {
            day = day.AddDays(1);
            if (Worked(day))
            {
                left--;
            }
        }

        return day;
    }

    /// <summary>Working days in (from, to]: how many working days have passed since <paramref name="from"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        Require(from.Year);
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (Worked(d))
            {
                count++;
            }
        }

        return count;
    }

    private void Require(int year)
    {
        if (!Covers(year))
        {
            throw new CalendarYearNotLoadedException(year);
        }
    }

    private bool Worked(DateOnly day) =>
        _makeupWorkdays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day));
}
