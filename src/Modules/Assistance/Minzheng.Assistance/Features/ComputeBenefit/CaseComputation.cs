using Minzheng.Assistance.Domain.Benefits;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Kernel.Money;
using Minzheng.Kernel.Regions;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Settings;

namespace Minzheng.Assistance.Features.ComputeBenefit;

/// <summary>
/// The investigation's result for a case: the standard in force for the household's region (urban monthly, or rural
/// annual ÷ 12), the per-capita income of the members counted in the household (excluded members are in neither its size
/// nor its income) from the counted income types, the routing 特困 → 低保 →
/// 边缘 → 刚性支出 from the level applied for, and the monthly amount of the level reached. Every number is a setting.
/// </summary>
internal sealed class CaseComputation(SettingsReader settings)
{
    // from: the level the routing starts at — the one applied for, unless a decided case is recomputed at its own level.
    public async Task<BenefitResult> ComputeAsync(AssistanceCase c, IReadOnlyList<CaseIncome> incomes, Assessment facts, DateOnly day, CancellationToken ct, Programme? from = null)
    {
        var requested = from ?? c.RequestedProgramme;
        var region = RegionCode.Parse(c.RegionCode);
        var standard = DibaoRules.MonthlyStandard(c.Urban, await FenAsync("dibao.standard.urban_monthly_fen", region, day, ct), await FenAsync("dibao.standard.rural_annual_fen", region, day, ct));
        var size = HouseholdMembers.Count(facts);
        var household = HouseholdMembers.IncomesOfCounted(facts, incomes);
        var perCapita = DibaoRules.PerCapitaIncome(household, size.Value);
        var counted = household.Where(i => IncomeRules.IsCounted(i.Type)).Aggregate(Money.Zero, (sum, i) => sum + i.MonthlyAmount);

        var livelihood = DibaoRules.LivelihoodPerCapita(household, size.Value);
        var routing = ProgrammeRouting.Route(requested, facts, perCapita.Value, counted, await RoutingPolicyAsync(standard.Value, region, day, ct), livelihood.Value);
        var amount = routing.Programme is null
            ? Explained<Money>.Of(Money.Zero, "结论", "不符合特困、低保、低保边缘、刚性支出困难任何类别", Money.Zero)
            : MonthlyBenefit.For(routing, facts, perCapita.Value, await BenefitPolicyAsync(standard.Value, region, day, ct));
        return new BenefitResult(routing.Programme, routing.Covered.Count, amount.Value.Fen, [.. standard.Steps, .. size.Steps, .. perCapita.Steps,
            .. (requested == Programme.Tekun && livelihood.Value != perCapita.Value ? livelihood.Steps : []), .. routing.Steps, .. amount.Steps], routing.HouseholdEdge);
    }

    /// <summary>A disability subsidy for the case's one person: eligibility by the Hunan rules and the amount in force.</summary>
    public async Task<BenefitResult> ComputeSubsidyAsync(AssistanceCase c, Assessment facts, bool onDibao, DateOnly day, CancellationToken ct)
    {
        var region = RegionCode.Parse(c.RegionCode);
        var person = facts.Members.Single(m => m.PersonId == c.PersonId);
        var decided = SubsidyDecision.Decide(c.Programme, person, facts, onDibao,
            await FenAsync("disability.living_subsidy_fen", region, day, ct), await FenAsync("disability.care_subsidy_fen", region, day, ct),
            await settings.RequireLongAsync("disability.care_grade34_mental_long_term", region, day, ct) == 1);
        var paid = decided.Value > Money.Zero;
        return new BenefitResult(paid ? c.Programme : null, paid ? 1 : 0, decided.Value.Fen, decided.Steps);
    }

    /// <summary>临时救助 for the household: the kind's conditions, the cap and who approves, by the settings in force.</summary>
    public async Task<(BenefitResult Result, bool TownMayApprove)> ComputeTemporaryAsync(
        AssistanceCase c, IReadOnlyList<CaseIncome> incomes, Assessment facts, bool sameCauseWithinYear, DateOnly day, CancellationToken ct)
    {
        var region = RegionCode.Parse(c.RegionCode);
        var standard = DibaoRules.MonthlyStandard(c.Urban, await FenAsync("dibao.standard.urban_monthly_fen", region, day, ct), await FenAsync("dibao.standard.rural_annual_fen", region, day, ct));
        var size = HouseholdMembers.Count(facts);
        var perCapita = DibaoRules.PerCapitaIncome(HouseholdMembers.IncomesOfCounted(facts, incomes), size.Value);
        var routing = await RoutingPolicyAsync(standard.Value, region, day, ct);
        var assets = AssetRules.WithinLimits(facts.Assets, routing.Assets, standard.Value, size.Value);
        var policy = new TemporaryPolicy(standard.Value, await settings.RequireDecimalAsync("linshi.max_months_per_person", region, day, ct),
            await settings.RequireDecimalAsync("linshi.town_max_months", region, day, ct), routing.RigidIncomeLineAnnual);
        var decision = TemporaryAssistance.Decide(facts.Temporary!, size.Value, perCapita.Value, assets.Value, sameCauseWithinYear, policy);
        var paid = decision.Amount > Money.Zero;
        return (new BenefitResult(paid ? Programme.Temporary : null, paid ? size.Value : 0, decision.Amount.Fen, [.. standard.Steps, .. size.Steps, .. perCapita.Steps, .. assets.Steps, .. decision.Steps]),
            decision.TownMayApprove);
    }

    private async Task<RoutingPolicy> RoutingPolicyAsync(Money standard, RegionCode region, DateOnly day, CancellationToken ct) => new(
        standard,
        await settings.RequireDecimalAsync("dibao.edge_multiplier", region, day, ct),
        await AssetLimitsAsync("dibao.asset", region, day, ct),
        await FenAsync("rigid.income_line_annual_fen", region, day, ct),
        (int)await settings.RequireLongAsync("rigid.expense_share_pct", region, day, ct),
        await AssetLimitsAsync("edge.asset", region, day, ct),
        await settings.RequireLongAsync("tekun.unable.serious_illness", region, day, ct) == 1);

    /// <summary>One set of asset limits: 低保's (<c>dibao.asset.*</c>) or the 低保边缘 household's own (<c>edge.asset.*</c>).</summary>
    private async Task<AssetLimits> AssetLimitsAsync(string prefix, RegionCode region, DateOnly day, CancellationToken ct) => new(
        await settings.RequireDecimalAsync($"{prefix}.deposit_years", region, day, ct),
        (int)await settings.RequireLongAsync($"{prefix}.max_vehicles", region, day, ct),
        (int)await settings.RequireLongAsync($"{prefix}.max_homes", region, day, ct),
        await settings.RequireLongAsync($"{prefix}.business_allowed", region, day, ct) == 1,
        await settings.RequireLongAsync(AssistanceDefaults.VehicleCountedAbove, region, day, ct));

    private async Task<BenefitPolicy> BenefitPolicyAsync(Money standard, RegionCode region, DateOnly day, CancellationToken ct) => new(
        standard,
        new CategoryPercents(
            await settings.RequireDecimalAsync("dibao.category_extra_pct.elderly", region, day, ct),
            await settings.RequireDecimalAsync("dibao.category_extra_pct.minor", region, day, ct),
            await settings.RequireDecimalAsync("dibao.category_extra_pct.disabled", region, day, ct),
            await settings.RequireDecimalAsync("dibao.category_extra_pct.ill", region, day, ct)),
        await settings.RequireDecimalAsync("dibao.single_person_pct", region, day, ct),
        await settings.RequireDecimalAsync("tekun.basic_multiplier", region, day, ct),
        await FenAsync("wage.minimum_monthly_prev_year_fen", region, day, ct),
        (await DivisorAsync("tekun.care_divisor.full", region, day, ct),
            await DivisorAsync("tekun.care_divisor.partial", region, day, ct),
            await DivisorAsync("tekun.care_divisor.none", region, day, ct)),
        await FenAsync("assist.minimum_monthly_payment_fen", region, day, ct));

    /// <summary>A "1/N" setting: N must be a positive whole number, or no amount can be computed.</summary>
    private async Task<int> DivisorAsync(string key, RegionCode region, DateOnly day, CancellationToken ct)
    {
        var n = await settings.RequireLongAsync(key, region, day, ct);
        return n is >= 1 and <= 1000 ? (int)n : throw new BusinessRuleException($"参数设置“{key}”应为 1–1000 的整数（当前为 {n}），请系统管理员更正");
    }

    private async Task<Money> FenAsync(string key, RegionCode region, DateOnly day, CancellationToken ct) =>
        new(await settings.RequireLongAsync(key, region, day, ct));
}
