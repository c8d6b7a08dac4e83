using System.Globalization;
using System.Text.Json;
using Minzheng.Assistance.Domain.Benefits;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Kernel.Money;
using Minzheng.Kernel.Regions;
using Minzheng.Platform.Settings;

namespace Minzheng.Assistance.Features.ComputeBenefit;

/// <summary>The result with the steps that produced it, as stored with the case and shown on its page.</summary>
public sealed record BenefitResult(long MonthlyFen, IReadOnlyList<ExplanationStep> Steps)
{
    public string ToJson() => JsonSerializer.Serialize(Steps.Select(s => new StepJson(s.Rule, s.Text, s.Amount?.Fen)));

    public static IReadOnlyList<StepJson> Read(string? json) => json is null ? [] : JsonSerializer.Deserialize<List<StepJson>>(json) ?? [];
}

public sealed record StepJson(string Rule, string Text, long? AmountFen);

/// <summary>
/// 低保 for a case: the standard in force today for the household's region (urban monthly, or rural annual ÷ 12), the
/// per-capita income of the living members from the counted income types, and the 补差 for all of them.
/// </summary>
internal sealed class DibaoComputation(SettingsReader settings)
{
    public async Task<BenefitResult> ComputeAsync(AssistanceCase c, IReadOnlyList<CaseIncome> incomes, DateOnly day, CancellationToken ct)
    {
        var region = RegionCode.Parse(c.RegionCode);
        var urban = await FenAsync("dibao.standard.urban_monthly_fen", region, day, ct);
        var rural = await FenAsync("dibao.standard.rural_annual_fen", region, day, ct);
        var standard = DibaoRules.MonthlyStandard(c.Urban, urban, rural);
        var perCapita = DibaoRules.PerCapitaIncome(incomes.Select(i => new HouseholdIncome(i.Type, new Money(i.MonthlyFen))).ToList(), c.Members);
        var topUp = DibaoRules.TopUp(standard.Value, perCapita.Value, c.Members);
        return new BenefitResult(topUp.Value.Fen, [.. standard.Steps, .. perCapita.Steps, .. topUp.Steps]);
    }

    private async Task<Money> FenAsync(string key, RegionCode region, DateOnly day, CancellationToken ct) =>
        new(await settings.RequireLongAsync(key, region, day, ct));
}
