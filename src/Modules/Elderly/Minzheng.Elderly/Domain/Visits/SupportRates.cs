using Minzheng.Elderly.Domain.Services;

namespace Minzheng.Elderly.Domain.Visits;

/// <summary>
/// 失能老人社区帮扶率: of the elders whose latest assessment by the month's end is 中度失能 or worse, the share supported in
/// that month — a care visit, a door-to-door service, or a home care bed open during it. None such: no figure.
/// </summary>
internal static class SupportRates
{
    public static decimal? Monthly(IReadOnlyCollection<Guid> disabled, IEnumerable<CareVisit> visits, IEnumerable<ServiceDelivery> deliveries, IEnumerable<HomeCareBed> beds, DateOnly month)
    {
        if (disabled.Count == 0)
        {
            return null;
        }

        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var fromUtc = Platform.Data.ShanghaiClock.StartOfDayUtc(first);
        var toUtc = Platform.Data.ShanghaiClock.StartOfDayUtc(last.AddDays(1));
        var supported = visits.Where(v => v.VisitedOn >= first && v.VisitedOn <= last).Select(v => v.PersonId)
            .Concat(deliveries.Where(d => d.CheckInUtc >= fromUtc && d.CheckInUtc < toUtc).Select(d => d.PersonId))
            .Concat(beds.Where(b => b.StartsOn <= last && (b.EndedOn is null || b.EndedOn >= first)).Select(b => b.PersonId))
            .ToHashSet();
        return Math.Round(disabled.Count(supported.Contains) * 100m / disabled.Count, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>养老机构护理型床位占比: nursing beds over all beds of the institutions; none: no figure.</summary>
    public static decimal? NursingBedShare(IEnumerable<Provider> providers)
    {
        var institutions = providers.Where(p => p.Kind == ProviderKind.Institution).ToList();
        var beds = institutions.Sum(p => p.Beds);
        return beds == 0 ? null : Math.Round(institutions.Sum(p => p.NursingBeds) * 100m / beds, 1, MidpointRounding.AwayFromZero);
    }
}
