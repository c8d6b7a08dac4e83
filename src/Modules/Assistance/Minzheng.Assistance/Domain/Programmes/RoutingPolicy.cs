using Minzheng.Kernel.Money;

namespace Minzheng.Assistance.Domain.Programmes;

/// <summary>
/// The settings the routing reads, in force on the day and for the household's region: 低保's asset limits and the
/// 低保边缘 household's own (looser) ones, and whether Hunan's 重特大疾病 case counts as 无劳动能力.
/// </summary>
internal sealed record RoutingPolicy(
    Money MonthlyStandard,
    decimal EdgeMultiplier,
    AssetLimits Assets,
    Money RigidIncomeLineAnnual,
    int RigidExpenseSharePercent,
    AssetLimits? EdgeAssets = null,
    bool SeriousIllnessUnable = false)
{
    public AssetLimits EdgeAssetLimits => EdgeAssets ?? Assets;
}
