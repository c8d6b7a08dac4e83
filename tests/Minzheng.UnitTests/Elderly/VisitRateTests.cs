using Minzheng.Elderly.Domain.Visits;

namespace Minzheng.UnitTests.Elderly;

public sealed class VisitRateTests
{
    private static readonly DateOnly March = new(2026, 3, 1);

    private static VisitPlan Plan(Guid id, VisitRisk risk, DateOnly starts) => new() { PersonId = id, Risk = risk, StartsOn = starts };

    private static CareVisit Visit(Guid id, DateOnly day) => new() { PersonId = id, VisitedOn = day };

    [Fact]
    public void Elders_due_a_monthly_visit_count_once_whatever_the_number_of_visits()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid(), d = Guid.NewGuid();
        VisitPlan[] plans =
        [
            Plan(a, VisitRisk.Key, new DateOnly(2026, 1, 1)),
            Plan(b, VisitRisk.High, new DateOnly(2026, 3, 31)),
            Plan(c, VisitRisk.General, new DateOnly(2026, 1, 1)), // quarterly: not in the monthly rate
            Plan(d, VisitRisk.Key, new DateOnly(2026, 4, 1)),     // starts after March
        ];
        CareVisit[] visits = [Visit(a, new DateOnly(2026, 3, 1)), Visit(a, new DateOnly(2026, 3, 31)), Visit(b, new DateOnly(2026, 2, 28)), Visit(c, new DateOnly(2026, 3, 5))];
        Assert.Equal(50m, VisitRate.Monthly(plans, visits, March));
        Assert.Equal(100m, VisitRate.Monthly(plans, [.. visits, Visit(b, new DateOnly(2026, 3, 31))], March));
    }

    [Fact]
    public void A_town_with_nobody_due_has_no_figure_rather_than_100_percent()
    {
        Assert.Null(VisitRate.Monthly([], [], March));
        Assert.Null(VisitRate.Monthly([Plan(Guid.NewGuid(), VisitRisk.General, new DateOnly(2026, 1, 1))], [], March));
    }
}
