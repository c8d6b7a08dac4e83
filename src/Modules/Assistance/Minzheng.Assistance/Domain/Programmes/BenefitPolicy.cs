using Minzheng.Kernel.Money;

namespace Minzheng.Assistance.Domain.Programmes;

/// <summary>分类施保 percentages of the standard by group (settings; a member in several groups gets the highest).</summary>
internal sealed record CategoryPercents(decimal Elderly, decimal Minor, decimal SevereDisability, decimal SeriousIllness);

/// <summary>The settings the monthly amount reads, in force on the day and for the household's region.</summary>
internal sealed record BenefitPolicy(
    Money MonthlyStandard,
    CategoryPercents Categories,
    decimal SinglePersonPercent,
    decimal TekunBasicMultiplier,
    Money PreviousYearMinimumWage,
    (int Full, int Partial, int None) CareDivisors,
    Money MinimumPayment);
