using Minzheng.Assistance.Features.ComputeBenefit;

namespace Minzheng.Assistance.Features.ArrangeSupport;

/// <summary>The 照料护理 part of a decided 特困 amount: the care standards of its explanation (one per person supported).</summary>
internal static class CareStandard
{
    public static long Of(string? explanationJson) =>
        BenefitResult.Read(explanationJson).Where(s => s.Rule.StartsWith("特困照料护理标准", StringComparison.Ordinal)).Sum(s => s.AmountFen ?? 0);
}
