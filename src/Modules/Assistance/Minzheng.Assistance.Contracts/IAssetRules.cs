namespace Minzheng.Assistance.Contracts;

/// <summary>
/// The one vehicle rule (DOMAIN-RULES §1.4): a vehicle worth more than <see cref="CountedAboveFen"/> counts (low-value
/// ones and 残疾人功能性补偿代步车 do not), and a 低保 household may hold at most <see cref="DibaoMaxCount"/> counted
/// vehicles. The case routing, the 核对 report and the monthly match all use it.
/// </summary>
public sealed record VehicleRule(long CountedAboveFen, int DibaoMaxCount);

/// <summary>Social assistance's asset rules as other modules (monitoring) apply them, from the district's settings.</summary>
public interface IAssetRules
{
    Task<VehicleRule> VehicleRuleAsync(DateOnly day, CancellationToken ct = default);
}
