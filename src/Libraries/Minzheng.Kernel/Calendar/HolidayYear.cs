namespace Minzheng.Kernel.Calendar;

/// <summary>One year's official holiday arrangement: days off and 调休 weekend days that are worked.</summary>
public sealed record HolidayYear(int Year, string Source, IReadOnlyList<HolidayRange> Holidays, IReadOnlyList<DateOnly> MakeupWorkdays);

public sealed record HolidayRange(string Name, DateOnly From, DateOnly To);
