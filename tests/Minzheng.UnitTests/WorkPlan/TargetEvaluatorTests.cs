using Minzheng.WorkPlan.Domain;

namespace Minzheng.UnitTests.WorkPlan;

public sealed class TargetEvaluatorTests
{
    private static readonly DateOnly Start = new(2022, 1, 1);
    private static readonly DateOnly Deadline = new(2022, 12, 31);

    private static PlanTarget Target(decimal value, TargetDirection direction = TargetDirection.AtLeast, TargetPace pace = TargetPace.None, params (DateOnly Date, decimal Value)[] milestones) => new()
    {
        Name = "测试指标",
        TargetValue = value,
        Unit = "张",
        Direction = direction,
        Pace = pace,
        Deadline = Deadline,
        Milestones = milestones.Select(m => new Milestone { Date = m.Date, Value = m.Value }).ToList(),
    };

    [Fact]
    public void Exactly_on_target_is_achieved_even_after_the_deadline()
    {
        var result = TargetEvaluator.Evaluate(Target(1100), 1100, Start, new DateOnly(2023, 3, 1));
        Assert.Equal(TargetStatus.Achieved, result.Status);
        Assert.Equal(100, result.Percent);
    }

    [Fact]
    public void One_short_of_the_target_on_the_deadline_is_still_in_time_and_the_day_after_is_overdue()
    {
        var onDeadline = TargetEvaluator.Evaluate(Target(1100), 1099, Start, Deadline);
        Assert.Equal(TargetStatus.OnTrack, onDeadline.Status);
        Assert.Equal(99.9m, onDeadline.Percent);

        var after = TargetEvaluator.Evaluate(Target(1100), 1099, Start, Deadline.AddDays(1));
        Assert.Equal(TargetStatus.Overdue, after.Status);
        Assert.Contains("已过", after.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void No_data_yet_is_its_own_status_until_the_deadline_passes()
    {
        Assert.Equal(TargetStatus.NoData, TargetEvaluator.Evaluate(Target(30), null, Start, new DateOnly(2022, 5, 1)).Status);
        Assert.Equal(TargetStatus.NoData, TargetEvaluator.Evaluate(Target(30), null, Start, Deadline).Status);
        Assert.Equal(TargetStatus.Overdue, TargetEvaluator.Evaluate(Target(30), null, Start, Deadline.AddDays(1)).Status);
    }

    [Fact]
    public void A_linear_target_is_behind_when_under_the_even_pace_and_on_track_at_it()
    {
        var target = Target(365, pace: TargetPace.Linear);
        var day100 = Start.AddDays(99); // 100 days into a 365-day year: 100 expected
        Assert.Equal(100m, TargetEvaluator.Expected(target, Start, day100));
        Assert.Equal(TargetStatus.OnTrack, TargetEvaluator.Evaluate(target, 100, Start, day100).Status);
        var behind = TargetEvaluator.Evaluate(target, 99, Start, day100);
        Assert.Equal(TargetStatus.Behind, behind.Status);
        Assert.Equal(100m, behind.Expected);
    }

    [Fact]
    public void The_pace_of_a_count_is_a_whole_number_and_of_a_rate_one_decimal()
    {
        // 1000 households over 365 days, 108 days in: 295.89… → 296 户 (a household comes whole); 29.6 % stays a rate.
        var households = Target(1000, pace: TargetPace.Linear);
        households.Unit = "户";
        Assert.Equal(296m, TargetEvaluator.Expected(households, Start, Start.AddDays(107)));
        Assert.Contains("应≥296户", TargetEvaluator.Evaluate(households, 200, Start, Start.AddDays(107)).Reason, StringComparison.Ordinal);
        var rate = Target(100, pace: TargetPace.Linear);
        rate.Unit = "%";
        Assert.Equal(29.6m, TargetEvaluator.Expected(rate, Start, Start.AddDays(107)));
    }

    [Fact]
    public void A_milestone_counts_from_its_own_day()
    {
        var target = Target(2, milestones: (new DateOnly(2022, 6, 30), 1));
        Assert.Equal(TargetStatus.OnTrack, TargetEvaluator.Evaluate(target, 0, Start, new DateOnly(2022, 6, 29)).Status);
        Assert.Equal(TargetStatus.Behind, TargetEvaluator.Evaluate(target, 0, Start, new DateOnly(2022, 6, 30)).Status);
        Assert.Equal(TargetStatus.OnTrack, TargetEvaluator.Evaluate(target, 1, Start, new DateOnly(2022, 6, 30)).Status);
    }

    [Fact]
    public void An_at_most_target_is_achieved_at_or_under_its_value()
    {
        var zeroRisks = Target(0, TargetDirection.AtMost);
        Assert.Equal(TargetStatus.Achieved, TargetEvaluator.Evaluate(zeroRisks, 0, Start, new DateOnly(2022, 8, 1)).Status);
        var open = TargetEvaluator.Evaluate(zeroRisks, 2, Start, new DateOnly(2022, 8, 1));
        Assert.Equal(TargetStatus.OnTrack, open.Status);
        Assert.Equal(0, open.Percent);
        Assert.Equal(TargetStatus.Overdue, TargetEvaluator.Evaluate(zeroRisks, 1, Start, Deadline.AddDays(1)).Status);
    }

    [Fact]
    public void Percent_is_capped_at_100_and_a_point_takes_its_worst_targets_status()
    {
        Assert.Equal(100, TargetEvaluator.Evaluate(Target(60), 75, Start, Deadline).Percent);
        Assert.True(TargetStatus.Overdue < TargetStatus.Behind && TargetStatus.Behind < TargetStatus.NoData && TargetStatus.NoData < TargetStatus.OnTrack && TargetStatus.OnTrack < TargetStatus.Achieved);
    }
}
