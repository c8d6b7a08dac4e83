namespace Minzheng.IntegrationTests.Elderly;

/// <summary>Check-in and check-out times (Beijing wall-clock, as a provider types them) of a visit today that is already over.</summary>
internal static class VisitTimes
{
    /// <summary>
    /// 00:05–00:06 today; in the first minutes after midnight, within the minutes gone by (a fixed 00:05–00:06 would lie in
    /// the future then, and the visit be refused as checked out later than now).
    /// </summary>
    public static (DateTime CheckIn, DateTime CheckOut) TodayPast()
    {
        var now = DateTime.SpecifyKind(DateTime.UtcNow.AddHours(8), DateTimeKind.Unspecified);
        var midnight = now.Date;
        var elapsed = now - midnight;
        return elapsed >= TimeSpan.FromMinutes(7)
            ? (midnight.AddMinutes(5), midnight.AddMinutes(6))
            : (midnight + (elapsed / 3), midnight + (elapsed * 2 / 3));
    }
}
