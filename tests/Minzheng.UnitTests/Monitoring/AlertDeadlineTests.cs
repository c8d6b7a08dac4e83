using Minzheng.Monitoring.Domain;

namespace Minzheng.UnitTests.Monitoring;

public class AlertDeadlineTests
{
    [Fact]
    public void A_response_time_counts_working_days_not_calendar_days()
    {
        // Raised on Friday 4 December 2026, 5 working days: Friday 11 December (5 calendar days would be Wednesday).
        Assert.Equal(new DateOnly(2026, 12, 11), AlertDeadlines.Due(new DateOnly(2026, 12, 4), 5));
    }

    [Fact]
    public void Holidays_are_skipped_and_a_worked_Sunday_counts()
    {
        // Friday 18 September 2026: Sunday 20 September is worked (调休 for 国庆), so 5 working days end on Thursday 24.
        Assert.Equal(new DateOnly(2026, 9, 24), AlertDeadlines.Due(new DateOnly(2026, 9, 18), 5));

        // Wednesday 30 September 2026: the 国庆 week off, Thursday 8 and Friday 9 worked, Saturday 10 worked (调休).
        Assert.Equal(new DateOnly(2026, 10, 10), AlertDeadlines.Due(new DateOnly(2026, 9, 30), 3));
    }
}
