using Minzheng.Kernel.Money;

namespace Minzheng.Assistance.Domain.Programmes;

/// <summary>The settings the routing reads, in force on the day and for the household's region.</summary>
internal sealed record RoutingPolicy(
    Money MonthlyStandard,
    decimal EdgeMultiplier,
    AssetLimits Assets,
    Money RigidIncomeLineAnnual,
    int RigidExpenseSharePercent);
