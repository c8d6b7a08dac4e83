using Minzheng.Kernel.Calendar;

namespace Minzheng.Monitoring.Domain;

/// <summary>
/// When a town must have acted on an alert: the response time is counted in working days, like a case's step deadlines
/// (the same calendar, holidays and 调休 included), so one convention holds across the system.
/// </summary>
internal static class AlertDeadlines
{
    public static DateOnly Due(DateOnly raisedOn, int workingDays) => WorkingDayCalendar.Default.AddWorkingDays(raisedOn, workingDays);
}
