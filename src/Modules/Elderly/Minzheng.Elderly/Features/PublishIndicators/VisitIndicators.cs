using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain;
using Minzheng.Elderly.Domain.Visits;
using Minzheng.Platform.Indicators;

namespace Minzheng.Elderly.Features.PublishIndicators;

/// <summary>特殊困难老年人月探访率 for the work plan (point 27): the rate in the period's last month, per region.</summary>
internal sealed class VisitIndicators(ElderlyDbContext db) : IIndicatorSource
{
    public const string MonthlyVisitRate = "elderly.monthly_visit_rate";

    public IReadOnlyList<IndicatorDefinition> Indicators { get; } = [new(MonthlyVisitRate, "特殊困难老年人月探访率", "%", true, ElderlyDefaults.Module)];

    public async Task<IReadOnlyList<IndicatorValue>> ReadAsync(string key, IndicatorPeriod period, IReadOnlyList<string> regionCodes, CancellationToken ct = default)
    {
        // Aggregates per requested region, with no personal data: the work plan decides which regions a user may see.
        var first = new DateOnly(period.To.Year, period.To.Month, 1);
        var plans = await db.VisitPlans.AsNoTracking().IgnoreQueryFilters().ToListAsync(ct);
        var visits = await db.Visits.AsNoTracking().IgnoreQueryFilters().Where(v => v.VisitedOn >= first && v.VisitedOn <= period.To).ToListAsync(ct);
        return regionCodes.Select(code => new IndicatorValue(code, VisitRate.Monthly(
            plans.Where(p => p.RegionCode.StartsWith(code, StringComparison.Ordinal)),
            visits.Where(v => v.RegionCode.StartsWith(code, StringComparison.Ordinal)), period.To))).ToList();
    }
}
