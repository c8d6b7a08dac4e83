using Minzheng.Assistance.Domain.Benefits;
using Minzheng.Kernel.Regions;
using Minzheng.Platform.Indicators;
using Minzheng.Platform.Settings;

namespace Minzheng.Assistance.Features.PublishIndicators;

/// <summary>
/// The standards in force (work point 8: urban/rural 低保 standards, the two disability subsidies), read from the
/// effective-dated settings: a level, so the value is the one in force on the period's last day, per region.
/// </summary>
internal sealed class StandardIndicators(SettingsReader settings) : IIndicatorSource
{
    private static readonly (IndicatorDefinition Definition, string Setting)[] Published =
    [
        (new("assistance.dibao_urban_standard", "城市低保标准", "元/月", true, AssistanceDefaults.Module), "dibao.standard.urban_monthly_fen"),
        (new("assistance.dibao_rural_standard", "农村低保标准", "元/年", true, AssistanceDefaults.Module), "dibao.standard.rural_annual_fen"),
        (new("assistance.disability_living_subsidy", "困难残疾人生活补贴标准", "元/月", true, AssistanceDefaults.Module), "disability.living_subsidy_fen"),
        (new("assistance.disability_care_subsidy", "重度残疾人护理补贴标准", "元/月", true, AssistanceDefaults.Module), "disability.care_subsidy_fen"),
    ];

    public IReadOnlyList<IndicatorDefinition> Indicators { get; } = Published.Select(p => p.Definition).ToList();

    public async Task<IReadOnlyList<IndicatorValue>> ReadAsync(string key, IndicatorPeriod period, IReadOnlyList<string> regionCodes, CancellationToken ct = default)
    {
        var setting = Published.Single(p => p.Definition.Key == key).Setting;
        var values = new List<IndicatorValue>(regionCodes.Count);
        foreach (var code in regionCodes)
        {
            var found = RegionCode.TryParse(code, out var region, out _) ? await settings.GetAsync(setting, region, period.To, ct) : null;
            values.Add(new IndicatorValue(code, found is null ? null : long.Parse(found.Value, System.Globalization.CultureInfo.InvariantCulture) / 100m));
        }

        return values;
    }
}
