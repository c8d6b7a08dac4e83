using System.Globalization;

namespace Minzheng.WorkPlan.Domain;

/// <summary>A target's standing on a day: status, the value expected by then, completion percentage and why.</summary>
internal sealed record TargetEvaluation(TargetStatus Status, decimal? Expected, decimal Percent, string Reason);

/// <summary>
/// The status rules, one small function: achieved when the value meets the target (exactly on target counts);
/// overdue when the deadline has passed (the deadline day itself is still in time) without that; behind when
/// under the latest milestone due, or under the even pace of a linear target; no data while nothing is known.
/// </summary>
internal static class TargetEvaluator
{
    public static TargetEvaluation Evaluate(PlanTarget target, decimal? value, DateOnly planStart, DateOnly today)
    {
        var unit = target.Unit;
        if (value is null)
        {
            return today > target.Deadline
                ? new(TargetStatus.Overdue, null, 0, $"截止日期 {Day(target.Deadline)} 已过，仍无数据")
                : new(TargetStatus.NoData, Expected(target, planStart, today), 0, target.IsManual ? "尚无审核通过的进度填报" : "业务模块尚无该指标的数据");
        }

        var v = value.Value;
        var percent = Percent(target, v);
        if (Meets(target.Direction, v, target.TargetValue))
        {
            return new(TargetStatus.Achieved, null, 100, $"当前 {N(v)}{unit}，目标 {Sign(target.Direction)}{N(target.TargetValue)}{unit}，已达到");
        }

        if (today > target.Deadline)
        {
            return new(TargetStatus.Overdue, target.TargetValue, percent, $"截止日期 {Day(target.Deadline)} 已过，当前 {N(v)}{unit}，目标 {Sign(target.Direction)}{N(target.TargetValue)}{unit}");
        }

        var expected = Expected(target, planStart, today);
        if (expected is not null && !Meets(target.Direction, v, expected.Value))
        {
            return new(TargetStatus.Behind, expected, percent, $"当前 {N(v)}{unit}，按进度到 {Day(today)} 应{Sign(target.Direction)}{N(expected.Value)}{unit}");
        }

        return new(TargetStatus.OnTrack, expected, percent, expected is null
            ? $"当前 {N(v)}{unit}，截止 {Day(target.Deadline)} 目标 {Sign(target.Direction)}{N(target.TargetValue)}{unit}"
            : $"当前 {N(v)}{unit}，不低于进度要求 {N(expected.Value)}{unit}");
    }

    /// <summary>The value due by <paramref name="today"/>: the latest milestone reached, else the even pace of a linear target.</summary>
    public static decimal? Expected(PlanTarget target, DateOnly planStart, DateOnly today)
    {
        var milestone = target.Milestones.Where(m => m.Date <= today).OrderBy(m => m.Date).LastOrDefault();
        if (milestone is not null)
        {
            return milestone.Value;
        }

        if (target.Pace != TargetPace.Linear || target.Direction != TargetDirection.AtLeast || today < planStart)
        {
            return null;
        }

        var total = target.Deadline.DayNumber - planStart.DayNumber + 1;
        var elapsed = Math.Min(total, today.DayNumber - planStart.DayNumber + 1);
        var due = target.TargetValue * elapsed / total;
        // Households and people come whole: "应≥296户", never "应≥295.9户".
        return CountUnits.Contains(target.Unit) ? Math.Ceiling(due) : Math.Round(due, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>Units of things counted whole (the plan's targets in 户, 人, 个 …), as opposed to rates and amounts.</summary>
    private static readonly HashSet<string> CountUnits = ["户", "人", "名", "个", "家", "所", "处", "张", "件", "次", "座", "间", "套", "床", "场", "项"];

    public static bool Meets(TargetDirection direction, decimal value, decimal target) =>
        direction == TargetDirection.AtLeast ? value >= target : value <= target;

    private static decimal Percent(PlanTarget target, decimal value)
    {
        if (target.Direction == TargetDirection.AtMost || target.TargetValue <= 0)
        {
            return Meets(target.Direction, value, target.TargetValue) ? 100 : 0;
        }

        return Math.Clamp(Math.Round(value * 100 / target.TargetValue, 1, MidpointRounding.AwayFromZero), 0, 100);
    }

    private static string Sign(TargetDirection direction) => direction == TargetDirection.AtLeast ? "≥" : "≤";

    public static string N(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
