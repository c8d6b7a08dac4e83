using Minzheng.Platform.Errors;
using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Registry.Contracts;

namespace Minzheng.Assistance.Features.AdvanceCase;

/// <summary>
/// What the 入户调查 found beyond incomes: per member a disability (category and grade of the 残疾人证), a serious
/// illness, the self-care items not achieved (0–6); for the household its financial assets, vehicles, homes, a
/// registered business, whether a 义务人 is able to support, and 刚性支出 of the last 12 months; for a disability subsidy
/// 湖南户籍 and a 第二代残疾人证. Anything left out means “none found”, an able 义务人, Hunan 户籍 and no second-generation card.
/// </summary>
internal sealed record AssessmentInput(
    IReadOnlyList<MemberInput>? Members, decimal? DepositsYuan, int? Vehicles, int? Homes, bool? Business, bool? ObligorAble, decimal? RigidExpenseYuan,
    bool? HunanHukou = null, bool? SecondGenerationCard = null, TemporaryInput? Temporary = null);

/// <summary>临时救助: its kind, cause and the amount the town proposes (yuan).</summary>
internal sealed record TemporaryInput(TemporaryKind? Kind, TemporaryCause? Cause, decimal? AmountYuan);

/// <summary>
/// One member's facts. <c>ObligorAble</c> is this member's own 义务人 (left out: the household's answer); <c>Orphan</c> the
/// 孤儿 conditions (under 18, 父母均死亡、宣告死亡或宣告失踪); <c>Excluded</c> a reason the member does not count in the
/// household; <c>SelfCareLostOverAYear</c> self-care completely lost (4–6 items) for a year or more; <c>LongTermCare</c> a
/// need of 长期照护.
/// </summary>
internal sealed record MemberInput(Guid? PersonId, DisabilityKind? Disability, int? DisabilityGrade, bool? SeriousIllness, int? SelfCareNotAchieved,
    bool? ObligorAble = null, bool? Orphan = null, MemberExclusion? Excluded = null, bool? SelfCareLostOverAYear = null, bool? LongTermCare = null);

internal static class AssessmentReader
{
    /// <summary>The facts for every living member of the snapshot (ages on the day); problems go to <paramref name="errors"/>.</summary>
    public static Assessment Read(AssessmentInput? input, HouseholdSnapshot snapshot, DateOnly day, FieldErrors errors)
    {
        var living = snapshot.Members.Where(m => m.Alive).ToList();
        var given = new Dictionary<Guid, MemberInput>();
        var rows = input?.Members ?? [];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var field = $"assessment.members[{i}]";
            if (row.PersonId is not { } person || living.All(m => m.PersonId != person))
            {
                errors.Add($"{field}.personId", "须为申请时的共同生活家庭成员");
            }
            else if (!given.TryAdd(person, row))
            {
                errors.Add($"{field}.personId", "同一成员只能填写一次");
            }
            else if ((row.Disability ?? DisabilityKind.None) != DisabilityKind.None && row.DisabilityGrade is not (>= 1 and <= 4))
            {
                errors.Add($"{field}.disabilityGrade", "残疾等级为一至四级");
            }
            else if ((row.Disability ?? DisabilityKind.None) == DisabilityKind.None && row.DisabilityGrade is not null)
            {
                errors.Add($"{field}.disabilityGrade", "未登记残疾类别时不填残疾等级");
            }
            else if (row.SelfCareNotAchieved is < 0 or > 6)
            {
                errors.Add($"{field}.selfCareNotAchieved", "生活自理能力评估共6项，填0至6");
            }
            else if (row.SelfCareLostOverAYear == true && row.SelfCareNotAchieved is not >= 4)
            {
                errors.Add($"{field}.selfCareLostOverAYear", "完全丧失生活自理能力须6项中4项以上不能完成");
            }
            else if (row.Excluded is { } reason && !Enum.IsDefined(reason))
            {
                errors.Add($"{field}.excluded", "不计入家庭成员的原因不在规定范围内");
            }
            else if (row.Orphan == true && Shared.ReviewSchedule.Age(living.First(m => m.PersonId == person).BirthDate, day) >= 18)
            {
                errors.Add($"{field}.orphan", "孤儿为未满18周岁的未成年人");
            }
        }

        if (living.Count > 0 && living.All(m => given.GetValueOrDefault(m.PersonId)?.Excluded is { } r && r != MemberExclusion.None))
        {
            errors.Add("assessment.members", "至少一名成员计入家庭（全部成员都标为不计入时无法认定）");
        }

        var deposits = YuanInput.Fen(input?.DepositsYuan ?? 0, "assessment.depositsYuan", "金融资产", errors) ?? 0;
        var rigid = YuanInput.Fen(input?.RigidExpenseYuan ?? 0, "assessment.rigidExpenseYuan", "刚性支出", errors) ?? 0;
        TemporaryFacts? temporary = null;
        if (input?.Temporary is { } t)
        {
            if (t.Kind is null || t.Cause is null)
            {
                errors.Add("assessment.temporary", "请选择临时救助类型和事由");
            }
            else if ((t.Kind == TemporaryKind.Emergency) != (t.Cause < TemporaryCause.Medical))
            {
                errors.Add("assessment.temporary.cause", "急难型的事由为火灾、交通事故、突发重大疾病或其他意外；支出型为医疗或教育支出");
            }
            else
            {
                temporary = new TemporaryFacts(t.Kind.Value, t.Cause.Value, YuanInput.Fen(t.AmountYuan ?? 0, "assessment.temporary.amountYuan", "拟救助金额", errors) ?? 0);
            }
        }

        if (input?.Vehicles is < 0)
        {
            errors.Add("assessment.vehicles", "车辆数不能为负数");
        }

        if (input?.Homes is < 0)
        {
            errors.Add("assessment.homes", "住房套数不能为负数");
        }

        var members = living.Select(m =>
        {
            var row = given.GetValueOrDefault(m.PersonId);
            return new MemberFacts(m.PersonId, Shared.ReviewSchedule.Age(m.BirthDate, day), row?.Disability ?? DisabilityKind.None, row?.DisabilityGrade,
                row?.SeriousIllness ?? false, row?.SelfCareNotAchieved ?? 0, row?.ObligorAble, row?.Orphan ?? false, row?.Excluded ?? MemberExclusion.None,
                row?.SelfCareLostOverAYear ?? false, row?.LongTermCare ?? false);
        }).ToList();
        return new Assessment(members, new AssetFacts(deposits, Math.Max(0, input?.Vehicles ?? 0), Math.Max(0, input?.Homes ?? 0), input?.Business ?? false),
            input?.ObligorAble ?? true, rigid, input?.HunanHukou ?? true, input?.SecondGenerationCard ?? false, temporary);
    }
}
