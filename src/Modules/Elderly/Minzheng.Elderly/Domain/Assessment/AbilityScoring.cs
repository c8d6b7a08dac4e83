using Minzheng.Platform.Errors;
namespace Minzheng.Elderly.Domain.Assessment;

/// <summary>What the assessor recorded besides the item scores.</summary>
internal sealed record AssessmentFacts(bool DementiaDiagnosed, bool OtherMentalDisorderDiagnosed, int CareRiskEventsLast30Days, bool Comatose);

/// <summary>An assessment's outcome with its explanation: subtotals, total, the level by score, and each adjustment.</summary>
internal sealed record AbilityResult(
    int Total, IReadOnlyDictionary<AbilityDomain, int> Subtotals, AbilityLevel ByScore, AbilityLevel Level, IReadOnlyList<string> Explanation);

/// <summary>
/// GB/T 42195-2022 scoring (DOMAIN-RULES §8.1): every one of the 26 items within its range, summed to 0–90, banded into
/// five levels; then one level worse for a diagnosed dementia, another diagnosed mental disorder, or two or more
/// care-risk events in 30 days (one level in all, whatever the number of reasons). A comatose elder is rated directly
/// 能力完全丧失 (the 2022 standard; "重度失能" is the wording of MZ/T 039-2013, kept as a setting for a bureau that still
/// applies it) — never better than the score gives — and must have 意识水平 (B.3.9) scored 0 (昏睡/昏迷).
/// </summary>
internal static class AbilityScoring
{
    /// <summary>意识水平: 0 is 昏睡/昏迷, the only score a comatose elder can have.</summary>
    public const string ConsciousnessItem = "B.3.9";

    public static AbilityResult Score(IReadOnlyDictionary<string, int> scores, AssessmentFacts facts, ComaRule comaRule)
    {
        var errors = new FieldErrors();
        foreach (var item in AssessmentItems.All)
        {
            if (!scores.TryGetValue(item.Code, out var score))
            {
                errors.Add(item.Code, $"缺少“{item.Name}”的评分");
            }
            else if (score < 0 || score > item.Max)
            {
                errors.Add(item.Code, $"“{item.Name}”的评分应在 0–{item.Max} 之间");
            }
        }

        foreach (var code in scores.Keys.Where(k => AssessmentItems.All.All(i => i.Code != k)))
        {
            errors.Add(code, $"没有编号为 {code} 的评估项目");
        }

        if (facts.CareRiskEventsLast30Days < 0)
        {
            errors.Add("careRiskEvents", "照护风险事件次数不能为负数");
        }

        if (facts.Comatose && scores.TryGetValue(ConsciousnessItem, out var consciousness) && consciousness != 0)
        {
            errors.Add("comatose", $"已勾选“昏迷”，但“意识水平”（{ConsciousnessItem}）评为 {consciousness} 分：昏迷者意识水平应为 0 分，请核对");
        }

        errors.ThrowIfAny();

        var subtotals = AssessmentItems.All.GroupBy(i => i.Domain).ToDictionary(g => g.Key, g => g.Sum(i => scores[i.Code]));
        var total = subtotals.Values.Sum();
        var byScore = AbilityLevels.ByTotal(total);
        var explanation = new List<string>
        {
            string.Join("，", subtotals.Select(s => $"{AssessmentItems.Label(s.Key)} {s.Value}")) + $"，合计 {total} 分 → {AbilityLevels.Label(byScore)}",
        };

        if (facts.Comatose)
        {
            var coma = comaRule == ComaRule.Lost ? AbilityLevel.Lost : AbilityLevel.Severe;
            if (coma >= byScore)
            {
                explanation.Add($"处于昏迷状态：直接评定为{AbilityLevels.Label(coma)}");
                return new AbilityResult(total, subtotals, byScore, coma, explanation);
            }

            explanation.Add($"处于昏迷状态：按设置应评定为{AbilityLevels.Label(coma)}，但不低于得分所定等级，仍为{AbilityLevels.Label(byScore)}");
            return new AbilityResult(total, subtotals, byScore, byScore, explanation);
        }

        var reasons = new List<string>();
        if (facts.DementiaDiagnosed)
        {
            reasons.Add("确诊痴呆");
        }

        if (facts.OtherMentalDisorderDiagnosed)
        {
            reasons.Add("精神科确诊的其他精神和行为障碍");
        }

        if (facts.CareRiskEventsLast30Days >= 2)
        {
            reasons.Add($"近30天内发生照护风险事件 {facts.CareRiskEventsLast30Days} 次");
        }

        var level = byScore;
        if (reasons.Count > 0 && level != AbilityLevel.Lost)
        {
            level++;
            explanation.Add($"{string.Join("、", reasons)}：提高一个等级 → {AbilityLevels.Label(level)}");
        }
        else if (reasons.Count > 0)
        {
            explanation.Add($"{string.Join("、", reasons)}：已是最高等级，不再提高");
        }

        return new AbilityResult(total, subtotals, byScore, level, explanation);
    }
}
