using System.Text.Json;
using Minzheng.Assistance.Domain.Benefits;
using Minzheng.Assistance.Domain.Programmes;

namespace Minzheng.Assistance.Features.ComputeBenefit;

/// <summary>
/// Where the investigation routed the application, the monthly amount, and the steps that produced both, as stored with
/// the case and shown on its page. <see cref="Programme"/> is null when no level is met.
/// </summary>
internal sealed record BenefitResult(Programme? Programme, int Covered, long MonthlyFen, IReadOnlyList<ExplanationStep> Steps, bool HouseholdEdge = false)
{
    public string ToJson() => JsonSerializer.Serialize(Steps.Select(s => new StepJson(s.Rule, s.Text, s.Amount?.Fen)));

    public static IReadOnlyList<StepJson> Read(string? json) => json is null ? [] : JsonSerializer.Deserialize<List<StepJson>>(json) ?? [];
}

public sealed record StepJson(string Rule, string Text, long? AmountFen);
