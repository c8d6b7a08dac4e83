using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain;
using Minzheng.Platform.Indicators;

namespace Minzheng.Elderly.Features.PublishIndicators;

/// <summary>
/// 新增家庭养老床位 (points 8 and 27: beds opened in the period) and 上门服务人次 (point 27: service visits checked in during the
/// period), per region, from the records themselves.
/// </summary>
internal sealed class ServiceIndicators(ElderlyDbContext db, ElderFigures.ElderFiguresReader figures) : IIndicatorSource
{
    public const string NewHomeCareBeds = "elderly.new_home_care_beds";
    public const string ServiceVisits = "elderly.service_visits";
    public const string DisabledSupportRate = "elderly.disabled_support_rate";
    public const string NursingBedShare = "elderly.nursing_bed_share";
    public const string RetrofitsCompleted = "elderly.retrofits_completed";

    public IReadOnlyList<IndicatorDefinition> Indicators { get; } =
    [
        new(NewHomeCareBeds, "新增家庭养老床位", "张", true, ElderlyDefaults.Module),
        new(ServiceVisits, "上门服务人次", "人次", true, ElderlyDefaults.Module),
        new(DisabledSupportRate, "失能老人社区帮扶率", "%", true, ElderlyDefaults.Module),
        new(NursingBedShare, "养老机构护理型床位占比", "%", true, ElderlyDefaults.Module),
        new(RetrofitsCompleted, "完成居家适老化改造", "户", true, ElderlyDefaults.Module),
    ];

    public async Task<IReadOnlyList<IndicatorValue>> ReadAsync(string key, IndicatorPeriod period, IReadOnlyList<string> regionCodes, CancellationToken ct = default)
    {
        // Figures per requested region, no personal data: the work plan decides which regions a user may see.
        if (key == DisabledSupportRate)
        {
            return await SupportRateAsync(period, regionCodes, ct);
        }

        if (key == NursingBedShare)
        {
            // Providers serving the whole district count for the district; a town's own for the town and the district.
            var providers = await db.Providers.AsNoTracking().ToListAsync(ct);
            return regionCodes.Select(code => new IndicatorValue(code, Domain.Visits.SupportRates.NursingBedShare(
                providers.Where(p => p.RegionCode.StartsWith(code, StringComparison.Ordinal))))).ToList();
        }

        List<string> regions;
        if (key == RetrofitsCompleted)
        {
            // Counted in households (户): two elders of one household retrofitted make one.
            regions = (await db.Retrofits.AsNoTracking().IgnoreQueryFilters().Where(r => r.AcceptedOn >= period.From && r.AcceptedOn <= period.To)
                    .Select(r => new { Household = r.HouseholdId ?? r.PersonId, r.RegionCode }).ToListAsync(ct))
                .DistinctBy(r => r.Household).Select(r => r.RegionCode).ToList();
        }
        else if (key == NewHomeCareBeds)
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

    private async Task<IReadOnlyList<IndicatorValue>> SupportRateAsync(IndicatorPeriod period, IReadOnlyList<string> regionCodes, CancellationToken ct) =>
        (await figures.ForMonthAsync(period.To, regionCodes, ct)).Select(f => new IndicatorValue(f.RegionCode, f.SupportRate)).ToList();
}
