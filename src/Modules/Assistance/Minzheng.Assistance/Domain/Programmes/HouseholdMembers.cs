using Minzheng.Assistance.Domain.Benefits;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Kernel.Money;

namespace Minzheng.Assistance.Domain.Programmes;

/// <summary>
/// Who counts in the household (DOMAIN-RULES §1.1): every living member of the 户籍 household, except those the
/// investigation excluded with a reason (服刑/强制隔离戒毒, 宣告失踪, 义务兵, 宗教教职人员 ≥ 3 years, not actually living
/// together, or already supported as 特困 on their own). Excluded members are in neither the size nor the income.
/// </summary>
internal static class HouseholdMembers
{
    public static Explained<int> Count(Assessment facts)
    {
        var counted = facts.Members.Count(m => m.Counted);
        if (counted == 0)
        {
            throw new ArgumentException("计入的共同生活家庭成员至少1人", nameof(facts));
        }

        var excluded = facts.Members.Where(m => !m.Counted).ToList();
        var text = excluded.Count == 0
            ? $"共同生活家庭成员 {counted} 人，均计入"
            : $"共同生活家庭成员 {facts.Members.Count} 人，计入 {counted} 人；不计入 {excluded.Count} 人："
              + string.Join("；", excluded.Select(m => $"{Name(facts.Members, m)}{ExclusionLabels.Of(m.Excluded)}"));
        return Explained<int>.Of(counted, "家庭人数", text);
    }

    /// <summary>The incomes of the members counted in the household.</summary>
    public static IReadOnlyList<HouseholdIncome> IncomesOfCounted(Assessment facts, IEnumerable<CaseIncome> incomes)
    {
        var counted = facts.Members.Where(m => m.Counted).Select(m => m.PersonId).ToHashSet();
        return incomes.Where(i => counted.Contains(i.PersonId)).Select(i => new HouseholdIncome(i.Type, new Money(i.MonthlyFen))).ToList();
    }

    /// <summary>How the explanation names a member: position in the household as listed on the case, and age.</summary>
    public static string Name(IReadOnlyList<MemberFacts> all, MemberFacts m) =>
        $"第{all.TakeWhile(x => x.PersonId != m.PersonId).Count() + 1}名成员（{m.Age}岁）";
}
