namespace Minzheng.Platform.Data;

/// <summary>Business dates are Asia/Shanghai dates, whatever the server's time zone.</summary>
public static class ShanghaiClock
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    /// <summary>A wall-clock time in Shanghai (a check-in typed by a user) as the UTC instant to store.</summary>
    public static DateTime FromShanghai(DateTime local) => local.Kind switch
    {
        DateTimeKind.Utc => local, // already an instant (an API client sent an offset)
        DateTimeKind.Local => local.ToUniversalTime(),
        _ => TimeZoneInfo.ConvertTimeToUtc(local, Zone),
    };

    /// <summary>The UTC instant at which a Shanghai day begins.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => FromShanghai(day.ToDateTime(TimeOnly.MinValue));

    public static DateTime ToShanghai(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
}
