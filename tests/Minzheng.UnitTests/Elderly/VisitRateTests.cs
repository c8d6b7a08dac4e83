using Minzheng.Elderly.Domain.Assessment;
using Minzheng.Elderly.Domain.Profiles;
using Minzheng.Elderly.Domain.Visits;
using Minzheng.Registry.Contracts;

namespace Minzheng.UnitTests.Elderly;

public sealed class VisitRateTests
{
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly DateOnly EndOfMarch = new(2026, 3, 31);

    private static CareVisit Visit(Guid id, DateOnly day) => new() { PersonId = id, VisitedOn = day };

    private static ElderInHousehold Elder(Guid id, int age, int living, int youngest) =>
        new(id, Guid.NewGuid(), "430408001001", EndOfMarch.AddYears(-age), living, EndOfMarch.AddYears(-youngest));

    [Fact]
    public void Every_special_elder_counts_once_whatever_the_number_of_visits()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid();
        CareVisit[] visits = [Visit(a, new DateOnly(2026, 3, 1)), Visit(a, new DateOnly(2026, 3, 31)), Visit(b, new DateOnly(2026, 2, 28))];
        Assert.Equal(50m, VisitRate.Monthly([a, b], visits, March));
        Assert.Equal(100m, VisitRate.Monthly([a, b], [.. visits, Visit(b, new DateOnly(2026, 3, 31))], March));
    }

    [Fact]
    public void Special_elders_with_no_plan_and_no_visit_make_0_percent_and_nobody_makes_no_figure()
    {
        Assert.Equal(0m, VisitRate.Monthly([Guid.NewGuid(), Guid.NewGuid()], [], March));
        Assert.Null(VisitRate.Monthly([], [Visit(Guid.NewGuid(), March)], March));
    }

    [Fact]
    public void The_population_is_sorted_into_special_disabled_and_never_assessed()
    {
        Guid alone = Guid.NewGuid(), withSon = Guid.NewGuid(), disabledWithSon = Guid.NewGuid(), leftBehind = Guid.NewGuid(), mildAlone = Guid.NewGuid();
        ElderInHousehold[] elders =
        [
            Elder(alone, 75, 1, 75),            // 独居, never assessed
            Elder(withSon, 70, 3, 40),          // no category
            Elder(disabledWithSon, 70, 3, 40),  // 失能 by assessment
            Elder(leftBehind, 66, 2, 12),       // 留守 as recorded
            Elder(mildAlone, 80, 1, 80),        // 独居, assessed 轻度: special, neither 失能 nor 未评估
        ];
        var flags = new Dictionary<Guid, ElderFlags> { [leftBehind] = new() { PersonId = leftBehind, LeftBehind = true } };
        var levels = new Dictionary<Guid, AbilityLevel> { [disabledWithSon] = AbilityLevel.Severe, [mildAlone] = AbilityLevel.Mild, [withSon] = AbilityLevel.Intact };

        var counted = SpecialElders.Classify(elders, flags, levels, new HashSet<Guid>(), AbilityLevel.Moderate, EndOfMarch).ToDictionary(e => e.PersonId);

        Assert.Equal([alone, disabledWithSon, leftBehind, mildAlone], counted.Values.Where(e => e.Special).Select(e => e.PersonId));
        Assert.Equal([disabledWithSon], counted.Values.Where(e => e.Disabled).Select(e => e.PersonId));
        Assert.Equal([alone, leftBehind], counted.Values.Where(e => e.Unassessed).Select(e => e.PersonId));

        // The setting moves 轻度 into 失能.
        var wider = SpecialElders.Classify(elders, flags, levels, new HashSet<Guid>(), AbilityLevel.Mild, EndOfMarch);
        Assert.Equal([disabledWithSon, mildAlone], wider.Where(e => e.Disabled).Select(e => e.PersonId));

        // An elder in no category whom the town put on a monthly plan is counted too (a 分散特困 elder, say).
        VisitPlan[] plans = [new() { PersonId = withSon, Risk = VisitRisk.Key, StartsOn = March }, new() { PersonId = withSon, Risk = VisitRisk.General, StartsOn = March }];
        Assert.Contains(withSon, SpecialElders.DueMonthly(plans, EndOfMarch));
        Assert.DoesNotContain(withSon, SpecialElders.DueMonthly([plans[1]], EndOfMarch));
        Assert.DoesNotContain(withSon, SpecialElders.DueMonthly(plans, March.AddDays(-1)));
        var planned = SpecialElders.Classify(elders, flags, levels, SpecialElders.DueMonthly(plans, EndOfMarch), AbilityLevel.Moderate, EndOfMarch);
        Assert.True(planned.Single(e => e.PersonId == withSon).Special);
    }

    [Fact]
    public void The_support_rate_counts_the_never_assessed_in_its_denominator()
    {
        Guid disabled = Guid.NewGuid(), unassessed = Guid.NewGuid();
        Assert.Equal(50m, SupportRates.Monthly([disabled, unassessed], [Visit(disabled, new DateOnly(2026, 3, 9))], [], [], March));
        Assert.Null(SupportRates.Monthly([], [], [], [], March));
    }
}
