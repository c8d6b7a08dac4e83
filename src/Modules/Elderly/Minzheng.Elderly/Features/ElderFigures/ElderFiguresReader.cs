using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Features.Shared;
using Minzheng.Elderly.Domain.Assessment;
using Minzheng.Elderly.Domain.Visits;
using Minzheng.Kernel.Regions;
using Minzheng.Platform.Data;
using Minzheng.Platform.Regions;
using Minzheng.Platform.Settings;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.ElderFigures;

/// <summary>
/// The month's visit and support figures per region over the whole elderly population of the registry (not only those
/// with a plan): aggregates with no personal data, so the records of every region asked for are read whoever asks —
/// callers decide which regions a user may see.
/// </summary>
internal sealed class ElderFiguresReader(ElderlyDbContext db, IElderPopulation population, SettingsReader settings)
{
    // One scope (a request) asks for the same month's figures once per indicator (visit rate, support rate): read once.
    private readonly Dictionary<string, IReadOnlyList<MonthlyElderFigures>> _read = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<MonthlyElderFigures>> ForMonthAsync(DateOnly month, IReadOnlyList<string> regionCodes, CancellationToken ct = default)
    {
        var key = $"{month:yyyy-MM}|{string.Join(',', regionCodes)}";
        if (!_read.TryGetValue(key, out var figures))
        {
            _read[key] = figures = await ReadAsync(month, regionCodes, ct);
        }

        return figures;
    }

    private async Task<IReadOnlyList<MonthlyElderFigures>> ReadAsync(DateOnly month, IReadOnlyList<string> regionCodes, CancellationToken ct)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var elders = await population.LivingEldersAsync(60, last, regionCodes, ct);
        var flags = await db.Flags.AsNoTracking().IgnoreQueryFilters().ToDictionaryAsync(f => f.PersonId, ct);
        var levels = (await LatestLevels.OfAsync(db.Assessments.IgnoreQueryFilters().Where(a => a.AssessedOn <= last), ct)).ToDictionary(l => l.Key, l => l.Value.Level);
        var disabledFrom = await DisabledLevels.FromAsync(settings, RegionCode.Parse(VisibleTowns.District), last, ct);
        var plans = await db.VisitPlans.AsNoTracking().IgnoreQueryFilters().Where(p => p.StartsOn <= last).ToListAsync(ct);
        var counted = SpecialElders.Classify(elders, flags, levels, SpecialElders.DueMonthly(plans, last), disabledFrom, last);

        var visits = await db.Visits.AsNoTracking().IgnoreQueryFilters().Where(v => v.VisitedOn >= first && v.VisitedOn <= last).ToListAsync(ct);
        var fromUtc = ShanghaiClock.StartOfDayUtc(first);
        var toUtc = ShanghaiClock.StartOfDayUtc(last.AddDays(1));
        var deliveries = await db.Deliveries.AsNoTracking().IgnoreQueryFilters().Where(d => d.CheckInUtc >= fromUtc && d.CheckInUtc < toUtc).ToListAsync(ct);
        var beds = await db.Beds.AsNoTracking().IgnoreQueryFilters().Where(b => b.StartsOn <= last && (b.EndedOn == null || b.EndedOn >= first)).ToListAsync(ct);

        var visitedIds = visits.Select(v => v.PersonId).ToHashSet();
        return regionCodes.Select(code =>
        {
            var here = counted.Where(e => e.RegionCode.StartsWith(code, StringComparison.Ordinal)).ToList();
            var special = here.Where(e => e.Special).Select(e => e.PersonId).ToList();
            var needing = here.Where(e => e.Disabled || e.Unassessed).Select(e => e.PersonId).ToList();
            return new MonthlyElderFigures(code, special.Count, special.Count(visitedIds.Contains), VisitRate.Monthly(special, visits, first),
                here.Count(e => e.Disabled), here.Count(e => e.Unassessed), SupportRates.Supported(needing, visits, deliveries, beds, first),
                SupportRates.Monthly(needing, visits, deliveries, beds, first));
        }).ToList();
    }
}
