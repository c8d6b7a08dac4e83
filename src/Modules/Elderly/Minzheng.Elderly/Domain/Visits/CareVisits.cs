using Minzheng.Platform.Access;
using Minzheng.Platform.Audit;

namespace Minzheng.Elderly.Domain.Visits;

/// <summary>How often an elder must be visited (DOMAIN-RULES §8.3): high risk weekly, the key group monthly, others quarterly.</summary>
internal enum VisitRisk
{
    High,
    Key,
    General,
}

internal enum VisitMethod
{
    Home,
    Phone,
    Video,
}

/// <summary>An elder's 探访关爱 plan: the risk level that sets the frequency, from a day.</summary>
internal sealed class VisitPlan : IAudited, IRegionOwned
{
    public Guid PersonId { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    public VisitRisk Risk { get; set; }

    public DateOnly StartsOn { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    string IAudited.AuditId => PersonId.ToString();

    string? IAudited.AuditRegion => RegionCode;
}

/// <summary>One visit (at home, by phone or video) with what was found.</summary>
internal sealed class CareVisit : IAudited, IRegionOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PersonId { get; set; }

    public string RegionCode { get; set; } = string.Empty;

    public DateOnly VisitedOn { get; set; }

    public VisitMethod Method { get; set; }

    public string Visitor { get; set; } = string.Empty;

    public string Note { get; set; } = string.Empty;

    public string RecordedBy { get; set; } = string.Empty;

    string IAudited.AuditId => Id.ToString();

    string? IAudited.AuditRegion => RegionCode;
}

internal static class VisitLabels
{
    public static string Of(VisitRisk r) => r switch { VisitRisk.High => "高风险（每周）", VisitRisk.Key => "重点（每月）", _ => "一般（每季度）" };

    public static string Of(VisitMethod m) => m switch { VisitMethod.Home => "上门", VisitMethod.Phone => "电话", _ => "视频" };
}

/// <summary>
/// The monthly visit rate (特殊困难老年人月探访率, target 100 % by 2025): of every 特殊困难老年人 — whatever their plan's
/// frequency, with a plan or without (<see cref="SpecialElders"/>) —, the share visited at least once in the month. A region with such elders and no
/// visit shows 0 %; one with none has no figure (null), not 100 %.
/// </summary>
internal static class VisitRate
{
    public static decimal? Monthly(IReadOnlyCollection<Guid> special, IEnumerable<CareVisit> visits, DateOnly month)
    {
        if (special.Count == 0)
        {
            return null;
        }

        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var due = special.ToHashSet();
        var visited = visits.Where(v => v.VisitedOn >= first && v.VisitedOn <= last && due.Contains(v.PersonId)).Select(v => v.PersonId).Distinct().Count();
        return Math.Round(visited * 100m / due.Count, 1, MidpointRounding.AwayFromZero);
    }
}
