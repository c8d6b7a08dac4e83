using Minzheng.Assistance.Contracts;
using Minzheng.Kernel.Regions;
using Minzheng.Matching.Engine;
using Minzheng.Monitoring.Domain;
using Minzheng.Platform.Regions;
using Minzheng.Platform.Settings;

namespace Minzheng.Monitoring.Features.Runs;

/// <summary>The rules' thresholds and the response deadlines in force on a day, from the district's settings.</summary>
internal sealed class MatchSettings(SettingsReader settings, IAssetRules assets)
{
    private static readonly RegionCode District = RegionCode.Parse(VisibleTowns.District);

    /// <summary>The thresholds; a vehicle is found when it counts under social assistance's vehicle rule.</summary>
    public async Task<MatchRules> RulesAsync(DateOnly day, CancellationToken ct = default) => new()
    {
        VehicleLimitFen = (await assets.VehicleRuleAsync(day, ct)).CountedAboveFen,
        MedicalLimitFen = await settings.RequireLongAsync(MonitoringDefaults.MedicalLimit, District, day, ct),
        PropertyCount = (int)await settings.RequireLongAsync(MonitoringDefaults.PropertyCount, District, day, ct),
    };

    public async Task<IReadOnlyDictionary<AlertKind, int>> ResponseDaysAsync(DateOnly day, CancellationToken ct = default) => new Dictionary<AlertKind, int>
    {
        [AlertKind.Death] = (int)await settings.RequireLongAsync(MonitoringDefaults.DeathDays, District, day, ct),
        [AlertKind.EligibilityReview] = (int)await settings.RequireLongAsync(MonitoringDefaults.ReviewDays, District, day, ct),
        [AlertKind.EarlyWarning] = (int)await settings.RequireLongAsync(MonitoringDefaults.WarningDays, District, day, ct),
    };

    public static AlertKind KindOf(string rule) => rule switch
    {
        "deceased" => AlertKind.Death,
        "medical_burden" => AlertKind.EarlyWarning,
        _ => AlertKind.EligibilityReview,
    };
}
