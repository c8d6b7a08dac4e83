using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain;
using Minzheng.Platform.Indicators;

namespace Minzheng.Elderly.Features.PublishIndicators;

/// <summary>
/// 新增家庭养老床位 (points 8 and 27: beds opened in the period) and 上门服务人次 (point 27: service visits checked in during the
/// period), per region, from the records themselves.
/// </summary>
internal sealed class ServiceIndicators(ElderlyDbContext db) : IIndicatorSource
{
    public const string NewHomeCareBeds = "elderly.new_home_care_beds";
    public const string ServiceVisits = "elderly.service_visits";

    public IReadOnlyList<IndicatorDefinition> Indicators { get; } =
    [
        new(NewHomeCareBeds, "新增家庭养老床位", "张", true, ElderlyDefaults.Module),
        new(ServiceVisits, "上门服务人次", "人次", true, ElderlyDefaults.Module),
    ];

    public async Task<IReadOnlyList<IndicatorValue>> ReadAsync(string key, IndicatorPeriod period, IReadOnlyList<string> regionCodes, CancellationToken ct = default)
    {
        // Counts per requested region, no personal data: the work plan decides which regions a user may see.
        List<string> regions;
        if (key == NewHomeCareBeds)
        {
            regions = await db.Beds.AsNoTracking().IgnoreQueryFilters().Where(b => b.StartsOn >= period.From && b.StartsOn <= period.To).Select(b => b.RegionCode).ToListAsync(ct);
        }
        else
        {
            var from = Minzheng.Platform.Data.ShanghaiClock.StartOfDayUtc(period.From);
            var to = Minzheng.Platform.Data.ShanghaiClock.StartOfDayUtc(period.To.AddDays(1));
            regions = await db.Deliveries.AsNoTracking().IgnoreQueryFilters().Where(d => d.CheckInUtc >= from && d.CheckInUtc < to).Select(d => d.RegionCode).ToListAsync(ct);
        }

        return regionCodes.Select(code => new IndicatorValue(code, regions.Count(r => r.StartsWith(code, StringComparison.Ordinal)))).ToList();
    }
}
