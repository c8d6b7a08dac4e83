using Minzheng.Elderly.Domain.Services;

namespace Minzheng.Elderly.Features.Providers;

public sealed record ProviderRow(Guid Id, string Name, string Kind, string RegionCode, int Beds, int NursingBeds, int Rating, string RatingName, string Contact)
{
    /// <summary>The latest safety inspection seen from the user's regions ("2026-11-02 合格"), or null.</summary>
    public string? LastInspection { get; init; }

    /// <summary>Findings not yet put right, and whether any is past its deadline.</summary>
    public int OpenFindings { get; init; }

    public bool OverdueFindings { get; init; }

    internal static ProviderRow Of(Provider p) =>
        new(p.Id, p.Name, ProviderLabels.Of(p.Kind), p.RegionCode, p.Beds, p.NursingBeds, p.Rating, ProviderLabels.Rating(p.Rating), p.Contact);
}
