using Minzheng.Elderly.Domain.Assessment;
using Minzheng.Platform.Errors;

namespace Minzheng.UnitTests.Elderly;

public sealed class AbilityScoringTests
{
    private static readonly AssessmentFacts None = new(false, false, 0, false);

    /// <summary>Every item at its maximum, then points taken off items in order until the total is reached.</summary>
    private static Dictionary<string, int> ScoresFor(int total)
    {
        var scores = AssessmentItems.All.ToDictionary(i => i.Code, i => i.Max);
        var remove = 90 - total;
        foreach (var item in AssessmentItems.All)
        {
            var take = Math.Min(remove, item.Max);
            scores[item.Code] -= take;
            remove -= take;
        }

        return scores;
    }

    [Fact]
    public void The_items_are_the_26_of_annex_b_and_add_up_to_90()
    {
        Assert.Equal(26, AssessmentItems.All.Count);
        Assert.Equal(90, AssessmentItems.All.Sum(i => i.Max));
        Assert.Equal([32, 15, 28, 15], AssessmentItems.All.GroupBy(i => i.Domain).OrderBy(g => g.Key).Select(g => g.Sum(i => i.Max)));
    }

    [Theory]
    [InlineData(90, AbilityLevel.Intact)]
    [InlineData(89, AbilityLevel.Mild)]
    [InlineData(66, AbilityLevel.Mild)]
    [InlineData(65, AbilityLevel.Moderate)]
    [InlineData(46, AbilityLevel.Moderate)]
    [InlineData(45, AbilityLevel.Severe)]
    [InlineData(30, AbilityLevel.Severe)]
    [InlineData(29, AbilityLevel.Lost)]
    [InlineData(0, AbilityLevel.Lost)]
    public void Levels_change_exactly_at_the_band_boundaries(int total, object level)
    {
        // object: the enum is internal to the module and xUnit theories are public.
        var result = AbilityScoring.Score(ScoresFor(total), None, ComaRule.Severe);
        Assert.Equal(total, result.Total);
        Assert.Equal((AbilityLevel)level, result.Level);
        Assert.Contains($"合计 {total} 分", result.Explanation[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false, 0)]
    [InlineData(false, true, 0)]
    [InlineData(false, false, 2)]
    [InlineData(true, true, 5)]
    public void Each_adjustment_raises_one_level_in_all(bool dementia, bool mental, int events)
    {
        var result = AbilityScoring.Score(ScoresFor(70), new AssessmentFacts(dementia, mental, events, false), ComaRule.Severe);
        Assert.Equal(AbilityLevel.Mild, result.ByScore);
        Assert.Equal(AbilityLevel.Moderate, result.Level);
        Assert.Contains("提高一个等级", result.Explanation[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void One_care_risk_event_is_not_enough_and_lost_ability_cannot_go_further()
    {
        Assert.Equal(AbilityLevel.Mild, AbilityScoring.Score(ScoresFor(70), new AssessmentFacts(false, false, 1, false), ComaRule.Severe).Level);
        var lost = AbilityScoring.Score(ScoresFor(10), new AssessmentFacts(true, false, 0, false), ComaRule.Severe);
        Assert.Equal(AbilityLevel.Lost, lost.Level);
        Assert.Contains("不再提高", lost.Explanation[^1], StringComparison.Ordinal);
    }

    /// <summary>A comatose elder's scores: the total wanted, with 意识水平 (B.3.9) at 0.</summary>
    private static Dictionary<string, int> ComatoseScores(int total)
    {
        var scores = ScoresFor(total);
        var moved = scores[AbilityScoring.ConsciousnessItem];
        scores[AbilityScoring.ConsciousnessItem] = 0;
        foreach (var item in AssessmentItems.All.Where(i => i.Code != AbilityScoring.ConsciousnessItem))
        {
            var add = Math.Min(moved, item.Max - scores[item.Code]);
            scores[item.Code] += add;
            moved -= add;
        }

        Assert.Equal(total, scores.Values.Sum());
        return scores;
    }

    [Fact]
    public void A_comatose_elder_is_rated_lost_by_the_2022_standard_whatever_the_score()
    {
        var result = AbilityScoring.Score(ComatoseScores(50), new AssessmentFacts(false, false, 0, true), ComaRule.Lost);
        Assert.Equal(AbilityLevel.Moderate, result.ByScore);
        Assert.Equal(AbilityLevel.Lost, result.Level);
        Assert.Contains(result.Explanation, e => e.Contains("昏迷", StringComparison.Ordinal));
    }

    [Fact]
    public void The_old_severe_rule_never_makes_a_level_better_than_the_score()
    {
        Assert.Equal(AbilityLevel.Severe, AbilityScoring.Score(ComatoseScores(50), new AssessmentFacts(false, false, 0, true), ComaRule.Severe).Level);
        var lost = AbilityScoring.Score(ComatoseScores(10), new AssessmentFacts(false, false, 0, true), ComaRule.Severe);
        Assert.Equal(AbilityLevel.Lost, lost.Level);
        Assert.Contains(lost.Explanation, e => e.Contains("不低于得分所定等级", StringComparison.Ordinal));
    }

    [Fact]
    public void Coma_with_a_consciousness_score_above_zero_is_refused()
    {
        var e = Assert.Throws<InputValidationException>(() => AbilityScoring.Score(ScoresFor(50), new AssessmentFacts(false, false, 0, true), ComaRule.Lost));
        Assert.True(e.Errors.ContainsKey("comatose"));
    }

    [Fact]
    public void Scores_out_of_range_missing_or_unknown_are_refused_by_item()
    {
        var scores = ScoresFor(90);
        scores["B.2.4"] = 4; // 上下楼梯 is scored 0–3
        scores.Remove("B.1.1");
        scores["B.9.9"] = 1;
        var e = Assert.Throws<InputValidationException>(() => AbilityScoring.Score(scores, new AssessmentFacts(false, false, -1, false), ComaRule.Severe));
        Assert.Contains("0–3", e.Errors["B.2.4"].Single(), StringComparison.Ordinal);
        Assert.Contains("进食", e.Errors["B.1.1"].Single(), StringComparison.Ordinal);
        Assert.Contains("B.9.9", e.Errors["B.9.9"].Single(), StringComparison.Ordinal);
        Assert.Contains("负数", e.Errors["careRiskEvents"].Single(), StringComparison.Ordinal);
    }
}
