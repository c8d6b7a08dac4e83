using Minzheng.Platform.Errors;
using Minzheng.Kernel.Regions;
using Minzheng.Platform.Indicators;

namespace Minzheng.WorkPlan.Features.LoadPlan;

/// <summary>
/// Checks a whole plan file before anything is stored: numbers present and unique, target keys unique, every bound
/// indicator published by a module, values, directions and dates sensible. Returns every problem, keyed by where it is.
/// </summary>
internal static class PlanFileValidator
{
    public static FieldErrors Validate(PlanFile plan, IndicatorRegistry indicators)
    {
        var errors = new FieldErrors();
        void Add(string path, string message) => errors.Add(path, message);

        if (plan.Year is not (>= 2000 and <= 2100))
        {
            Add("year", "缺少年度（year），或年度不在 2000–2100 之间");
        }

        if (!RegionCode.TryParse(plan.Region, out _, out _))
        {
            Add("region", "缺少或无效的行政区划代码（region）");
        }

        if (string.IsNullOrWhiteSpace(plan.Title))
        {
            Add("title", "缺少计划标题（title）");
        }

        var start = plan.Start ?? (plan.Year is { } y ? new DateOnly(y, 1, 1) : DateOnly.MinValue);
        var end = plan.End ?? (plan.Year is { } y2 ? new DateOnly(y2, 12, 31) : DateOnly.MaxValue);
        if (end < start)
        {
            Add("end", "计划结束日期早于开始日期");
        }

        if (plan.Parts is not { Count: > 0 })
        {
            Add("parts", "计划没有任何部分（parts）");
            return Done(errors);
        }

        var partNumbers = new HashSet<int>();
        var pointNumbers = new HashSet<int>();
        var targetKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Parts.Count; i++)
        {
            var part = plan.Parts[i];
            var at = $"parts[{i}]";
            if (part.Number is not > 0)
            {
                Add(at + ".number", $"第 {i + 1} 个部分缺少序号（number）");
            }
            else if (!partNumbers.Add(part.Number.Value))
            {
                Add(at + ".number", $"部分序号 {part.Number} 重复");
            }

            if (string.IsNullOrWhiteSpace(part.Title))
            {
                Add(at + ".title", $"第 {i + 1} 个部分缺少标题（title）");
            }

            for (var j = 0; j < (part.Points?.Count ?? 0); j++)
            {
                var point = part.Points![j];
                var pat = $"{at}.points[{j}]";
                var name = point.Number is > 0 ? $"要点 {point.Number}" : $"第 {i + 1} 部分第 {j + 1} 条要点";
                if (point.Number is not > 0)
                {
                    Add(pat + ".number", $"{name}缺少序号（number）");
                }
                else if (!pointNumbers.Add(point.Number.Value))
                {
                    Add(pat + ".number", $"要点序号 {point.Number} 重复");
                }

                if (string.IsNullOrWhiteSpace(point.Title) || string.IsNullOrWhiteSpace(point.Text))
                {
                    Add(pat + ".text", $"{name}缺少标题（title）或全文（text）");
                }

                for (var k = 0; k < (point.Targets?.Count ?? 0); k++)
                {
                    ValidateTarget(point.Targets![k], $"{pat}.targets[{k}]", name, start, indicators, targetKeys, Add);
                }
            }
        }

        return Done(errors);
    }

    private static void ValidateTarget(TargetFile t, string at, string point, DateOnly start, IndicatorRegistry indicators, HashSet<string> keys, Action<string, string> add)
    {
        var name = string.IsNullOrWhiteSpace(t.Key) ? $"{point}的指标" : $"指标 {t.Key}";
        if (string.IsNullOrWhiteSpace(t.Key))
        {
            add(at + ".key", $"{point}的指标缺少键（key）");
        }
        else if (!keys.Add(t.Key))
        {
            add(at + ".key", $"指标键 {t.Key} 重复");
        }

        if (string.IsNullOrWhiteSpace(t.Name) || string.IsNullOrWhiteSpace(t.Unit))
        {
            add(at + ".name", $"{name}缺少名称（name）或单位（unit）");
        }

        if (t.Indicator is not null && indicators.Find(t.Indicator) is null)
        {
            add(at + ".indicator", $"{name}绑定的数据指标 {t.Indicator} 没有任何模块发布（可用：{string.Join("、", indicators.Definitions.Select(d => d.Key))}）");
        }

        if (t.Value is null or < 0)
        {
            add(at + ".value", $"{name}缺少目标值（value），或目标值为负数");
        }

        if (t.Direction is not (null or "atLeast" or "atMost"))
        {
            add(at + ".direction", $"{name}的方向（direction）只能是 atLeast 或 atMost");
        }

        if (t.Pace is not (null or "none" or "linear"))
        {
            add(at + ".pace", $"{name}的进度方式（pace）只能是 none 或 linear");
        }

        if (t.Deadline is null || t.Deadline < start)
        {
            add(at + ".deadline", $"{name}缺少截止日期（deadline），或截止日期早于计划开始");
        }

        foreach (var m in t.Milestones ?? [])
        {
            if (m.Date is null || m.Value is null || m.Date < start || (t.Deadline is { } d && m.Date > d))
            {
                add(at + ".milestones", $"{name}的里程碑须有日期和数值，且在计划开始与截止日期之间");
                break;
            }
        }
    }

    private static FieldErrors Done(FieldErrors errors) => errors;
}
