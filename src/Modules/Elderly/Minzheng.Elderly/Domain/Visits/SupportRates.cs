using Minzheng.Elderly.Domain.Services;

namespace Minzheng.Elderly.Domain.Visits;

/// <summary>
/// 失能老人社区帮扶率: of the elders whose latest assessment by the month's end counts as 失能 (the setting's levels) and the
/// 特殊困难老年人 never assessed (未评估: they may be 失能, and leaving them out would flatter the rate), the share supported
/// in that month — a care visit, a door-to-door service, or a home care bed open during it. None such: no figure.
/// </summary>
internal static class SupportRates
{
    public static decimal? Monthly(IReadOnlyCollection<Guid> counted, IEnumerable<CareVisit> visits, IEnumerable<ServiceDelivery> deliveries, IEnumerable<HomeCareBed> beds, DateOnly month)
    {
        if (counted.Count == 0)
        {
            return null;
        }

        return Math.Round(Supported(counted, visits, deliveries, beds, month) * 100m / counted.Count, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>How many of <paramref name="counted"/> were supported in the month (a visit, a service, a bed).</summary>
    public static int Supported(IReadOnlyCollection<Guid> counted, IEnumerable<CareVisit> visits, IEnumerable<ServiceDelivery> deliveries, IEnumerable<HomeCareBed> beds, DateOnly month)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var fromUtc = Platform.Data.ShanghaiClock.StartOfDayUtc(first);
        var toUtc = Platform.Data.ShanghaiClock.StartOfDayUtc(last.AddDays(1));
        var supported = visits.Where(v => v.VisitedOn >= first && v.VisitedOn <= last).Select(v => v.PersonId)
            .Concat(deliveries.Where(d => d.CheckInUtc >= fromUtc && d.CheckInUtc < toUtc).Select(d => d.PersonId))
            .Concat(beds.Where(b => b.StartsOn <= last && (b.EndedOn is null || b.EndedOn >= first)).Select(b => b.PersonId))
            .ToHashSet();
        return counted.Count(supported.Contains);
    }

    /// <summary>养老机构护理型床位占比: nursing beds over all beds of the institutions; none: no figure.</summary>
    public static decimal? NursingBedShare(IEnumerable<Provider> providers)
    {
        var institutions = providers.Where(p => p.Kind == ProviderKind.Institution).ToList();
        var beds = institutions.Sum(p => p.Beds);
        return beds == 0 ? null : Math.Round(institutions.Sum(p => p.NursingBeds) * 100m / beds, 1, MidpointRounding.AwayFromZero);
    }
}
