using Minzheng.Assistance.Domain.Benefits;
using Minzheng.Kernel.Money;

namespace Minzheng.Assistance.Domain.Programmes;

/// <summary>
/// The local asset rules (DOMAIN-RULES §1.4; every limit a setting, all UNCONFIRMED for Hengyang). Vehicles are counted
/// only above <see cref="VehicleCountedAboveFen"/> (the one vehicle rule the 核对 report and the monthly match use too).
/// </summary>
internal sealed record AssetLimits(decimal DepositYearsOfStandard, int MaxVehicles, int MaxHomes, bool BusinessAllowed, long VehicleCountedAboveFen = 0);

internal static class AssetRules
{
    /// <summary>
    /// Assets within the rules: financial assets at most N × the annual standard × members, vehicles and homes within
    /// their counts, and no registered business unless allowed. The explanation names every test that failed.
    /// </summary>
    public static Explained<bool> WithinLimits(AssetFacts facts, AssetLimits limits, Money monthlyStandard, int members)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(facts.DepositsFen);
        ArgumentOutOfRangeException.ThrowIfNegative(facts.Vehicles);
        ArgumentOutOfRangeException.ThrowIfNegative(facts.Homes);

        var cap = new Money((long)Math.Round(monthlyStandard.Fen * 12m * limits.DepositYearsOfStandard * members, MidpointRounding.AwayFromZero));
        var failed = new List<string>();
        if (facts.DepositsFen > cap.Fen)
        {
            failed.Add($"金融资产 {new Money(facts.DepositsFen)} 超过上限 {cap}（年标准 × {limits.DepositYearsOfStandard:0.##} 倍 × {members} 人）");
        }

        if (facts.Vehicles > limits.MaxVehicles)
        {
            failed.Add($"机动车 {facts.Vehicles} 辆（{Counted(limits)}上限 {limits.MaxVehicles} 辆）");
        }

        if (facts.Homes > limits.MaxHomes)
        {
            failed.Add($"住房 {facts.Homes} 套（上限 {limits.MaxHomes} 套）");
        }

        if (facts.Business && !limits.BusinessAllowed)
        {
            failed.Add("有工商登记的经营主体");
        }

        var ok = failed.Count == 0;
        var text = ok
            ? $"金融资产 {new Money(facts.DepositsFen)}（上限 {cap}）、机动车 {facts.Vehicles} 辆、住房 {facts.Homes} 套{(facts.Business ? "、有经营主体" : "")}：符合财产状况规定"
            : $"不符合财产状况规定：{string.Join("；", failed)}";
        return Explained<bool>.Of(ok, "财产状况", text);
    }

    private static string Counted(AssetLimits limits) => limits.VehicleCountedAboveFen > 0 ? $"价值超过 {new Money(limits.VehicleCountedAboveFen)} 的计入，" : "";
}
