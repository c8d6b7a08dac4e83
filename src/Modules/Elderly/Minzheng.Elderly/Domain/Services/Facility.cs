using Minzheng.Platform.Access;

namespace Minzheng.Elderly.Domain.Services;

internal enum FacilityKind
{
    /// <summary>镇（街）综合性养老服务中心, one per town.</summary>
    TownCentre,

    /// <summary>农村互助养老服务设施, in a village (村).</summary>
    MutualAid,
}

/// <summary>A service facility that counts towards coverage (work points 24 and 27): where it is and since when.</summary>
[NotRegionScoped("养老服务设施是公开的设施名录（覆盖率按全区计算）；只由区级登记")]
internal sealed class Facility
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public FacilityKind Kind { get; set; }

    /// <summary>The town (centre) or village (mutual-aid facility) it serves.</summary>
    public string RegionCode { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public DateOnly OpenedOn { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>
/// Coverage rates from the division codes (GB/T 10114): a town whose code ends below 100 is a 街道, from 100 a 乡镇; a
/// village whose code ends from 200 is a 村 (below, a 社区). No such divisions: no figure.
/// </summary>
internal static class Coverage
{
    public static bool IsSubdistrict(string townCode) => int.Parse(townCode[^3..], System.Globalization.CultureInfo.InvariantCulture) < 100;

    public static bool IsVillage(string villageCode) => int.Parse(villageCode[^3..], System.Globalization.CultureInfo.InvariantCulture) >= 200;

    public static decimal? Rate(IReadOnlyCollection<string> divisions, IEnumerable<string> covered)
    {
        if (divisions.Count == 0)
        {
            return null;
        }

        var set = covered.ToHashSet();
        return Math.Round(divisions.Count(set.Contains) * 100m / divisions.Count, 1, MidpointRounding.AwayFromZero);
    }

    public static string Label(FacilityKind kind) => kind == FacilityKind.TownCentre ? "综合性养老服务中心" : "农村互助养老服务设施";
}
