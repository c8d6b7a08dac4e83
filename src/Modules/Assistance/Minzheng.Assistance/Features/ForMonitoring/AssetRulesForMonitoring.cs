using Minzheng.Assistance.Contracts;
using Minzheng.Assistance.Domain.Benefits;
using Minzheng.Kernel.Regions;
using Minzheng.Platform.Regions;
using Minzheng.Platform.Settings;

namespace Minzheng.Assistance.Features.ForMonitoring;

/// <summary>The vehicle rule from the same settings the routing reads, for the district.</summary>
internal sealed class AssetRulesForMonitoring(SettingsReader settings) : IAssetRules
{
    private static readonly RegionCode District = RegionCode.Parse(VisibleTowns.District);

    public async Task<VehicleRule> VehicleRuleAsync(DateOnly day, CancellationToken ct = default) => new(
        await settings.RequireLongAsync(AssistanceDefaults.VehicleCountedAbove, District, day, ct),
        (int)await settings.RequireLongAsync("dibao.asset.max_vehicles", District, day, ct));
}
