using Minzheng.Elderly.Domain;
using Minzheng.Elderly.Features.ElderFigures;
using Minzheng.Platform.Indicators;

namespace Minzheng.Elderly.Features.PublishIndicators;

/// <summary>特殊困难老年人月探访率 for the work plan (point 27): the rate in the period's last month, per region, over every such elder.</summary>
internal sealed class VisitIndicators(ElderFiguresReader figures) : IIndicatorSource
{
    public const string MonthlyVisitRate = "elderly.monthly_visit_rate";

    public IReadOnlyList<IndicatorDefinition> Indicators { get; } = [new(MonthlyVisitRate, "特殊困难老年人月探访率", "%", true, ElderlyDefaults.Module)];

    public async Task<IReadOnlyList<IndicatorValue>> ReadAsync(string key, IndicatorPeriod period, IReadOnlyList<string> regionCodes, CancellationToken ct = default) =>
        (await figures.ForMonthAsync(period.To, regionCodes, ct)).Select(f => new IndicatorValue(f.RegionCode, f.VisitRate)).ToList();
}
