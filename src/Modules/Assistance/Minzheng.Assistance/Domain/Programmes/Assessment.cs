using System.Text.Json.Serialization;

namespace Minzheng.Assistance.Domain.Programmes;

/// <summary>Disability categories of the 残疾人证 (GB/T 26341): the category decides which grades count as 无劳动能力.</summary>
public enum DisabilityKind
{
    None = 0,
    Physical = 1,
    Visual = 2,
    Hearing = 3,
    Speech = 4,
    Intellectual = 5,
    Mental = 6,
    Multiple = 7,
}

/// <summary>
/// Why a member of the 户籍 household is not counted in its size and income (DOMAIN-RULES §1.1, Hunan's list), or was
/// recognised as 特困 on their own and is left out of the household's later 低保 assessment.
/// </summary>
public enum MemberExclusion
{
    None = 0,
    Imprisoned = 1,
    DeclaredMissing = 2,
    Conscript = 3,
    Religious = 4,
    NotLivingTogether = 5,
    SupportedAsTekun = 6,
}

/// <summary>
/// What the investigation found about one living member beyond incomes. <paramref name="ObligorAble"/> is this member's own
/// 义务人 (null: the household's answer); <paramref name="Orphan"/> means the 孤儿 conditions are met (父母均死亡、宣告死亡
/// 或宣告失踪); <paramref name="Excluded"/> leaves the member out of the household's size and income, with its reason;
/// <paramref name="SelfCareLostOverAYear"/> records that self-care has been completely lost for a year or more;
/// <paramref name="LongTermCare"/> that the member needs 长期照护 (Hunan's 护理补贴 for grade 3–4 智力/精神).
/// </summary>
public sealed record MemberFacts(Guid PersonId, int Age, DisabilityKind Disability = DisabilityKind.None, int? DisabilityGrade = null, bool SeriousIllness = false, int SelfCareNotAchieved = 0,
    bool? ObligorAble = null, bool Orphan = false, MemberExclusion Excluded = MemberExclusion.None, bool SelfCareLostOverAYear = false, bool LongTermCare = false)
{
    [JsonIgnore]
    public bool Counted => Excluded == MemberExclusion.None;
}

/// <summary>The household's assets as found: financial assets in fen, vehicles (not counting exempt 代步车), homes, a registered business.</summary>
public sealed record AssetFacts(long DepositsFen = 0, int Vehicles = 0, int Homes = 0, bool Business = false);

/// <summary>
/// The investigation's facts that the routing needs: members, assets, whether a 赡养/抚养/扶养义务人 is able to support,
/// the household's 刚性支出 (医疗, 教育, 残疾康复, 生活) of the last 12 months; for a disability subsidy, the applicant's
/// 湖南户籍 and 第二代残疾人证.
/// </summary>
public sealed record Assessment(IReadOnlyList<MemberFacts> Members, AssetFacts Assets, bool ObligorAble = true, long RigidExpense12MonthsFen = 0,
    bool HunanHukou = true, bool SecondGenerationCard = false, TemporaryFacts? Temporary = null)
{
    public static Assessment Default(IEnumerable<MemberFacts> members) => new([.. members], new AssetFacts());
}

internal static class ExclusionLabels
{
    public static string Of(MemberExclusion reason) => reason switch
    {
        MemberExclusion.Imprisoned => "在监狱服刑或强制隔离戒毒",
        MemberExclusion.DeclaredMissing => "人民法院宣告失踪",
        MemberExclusion.Conscript => "现役义务兵",
        MemberExclusion.Religious => "连续三年以上脱离家庭独立生活的宗教教职人员",
        MemberExclusion.NotLivingTogether => "未实际共同生活",
        MemberExclusion.SupportedAsTekun => "已单独认定为特困人员",
        _ => "计入",
    };
}

internal static class DisabilityLabels
{
    public static string Of(DisabilityKind kind) => kind switch
    {
        DisabilityKind.Physical => "肢体",
        DisabilityKind.Visual => "视力",
        DisabilityKind.Hearing => "听力",
        DisabilityKind.Speech => "言语",
        DisabilityKind.Intellectual => "智力",
        DisabilityKind.Mental => "精神",
        DisabilityKind.Multiple => "多重",
        _ => "无",
    };

    /// <summary>重度 for 单人保 (DOMAIN-RULES §1.1): grade 1 or 2 of any category, or grade 3 intellectual or mental.</summary>
    public static bool IsSevere(DisabilityKind kind, int? grade) =>
        kind != DisabilityKind.None && grade is { } g && (g <= 2 || (g == 3 && kind is DisabilityKind.Intellectual or DisabilityKind.Mental));
}
