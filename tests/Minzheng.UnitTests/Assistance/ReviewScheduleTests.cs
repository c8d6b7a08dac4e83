using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Assistance.Features.Shared;
using Minzheng.Registry.Contracts;

namespace Minzheng.UnitTests.Assistance;

public class ReviewScheduleTests
{
    private static readonly DateOnly Day = new(2026, 12, 7);
    private static readonly Guid Adult = Guid.NewGuid();
    private static readonly Guid Elder = Guid.NewGuid();

    private static HouseholdSnapshot Household() => new(Guid.NewGuid(), "H1", "430408001001", "x", true, "x路1号", null, null,
        [new MemberSnapshot(Adult, "甲", "4304**", "户主", "男", new DateOnly(1986, 3, 1), true), new MemberSnapshot(Elder, "乙", "4304**", "母亲", "女", new DateOnly(1950, 3, 1), true)],
        DateTime.UtcNow);

    [Fact]
    public void A_severely_disabled_adult_of_working_age_is_not_able_to_work_so_the_household_is_reviewed_yearly()
    {
        var disabled = Assessment.Default([new MemberFacts(Adult, 40, DisabilityKind.Physical, 1), new MemberFacts(Elder, 76)]);
        Assert.False(ReviewSchedule.HasMemberAbleToWork(Household(), disabled, Day));
    }

    [Fact]
    public void An_adult_of_working_age_without_such_a_disability_makes_it_six_monthly()
    {
        var able = Assessment.Default([new MemberFacts(Adult, 40, DisabilityKind.Physical, 3), new MemberFacts(Elder, 76)]);
        Assert.True(ReviewSchedule.HasMemberAbleToWork(Household(), able, Day));
        Assert.True(ReviewSchedule.HasMemberAbleToWork(Household(), null, Day)); // no investigation yet: age decides
    }
}
