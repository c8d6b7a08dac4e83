using Microsoft.EntityFrameworkCore;
using Minzheng.Registry.Data;

namespace Minzheng.Registry.Features.Shared;

internal static class HouseholdNumbers
{
    /// <summary>H + village code + 4-digit sequence; the unique index settles a race.</summary>
    public static async Task<string> NextAsync(RegistryDbContext db, string regionCode, CancellationToken ct) =>
        Format(regionCode, await LastSequenceAsync(db, regionCode, ct) + 1);

    public static string Format(string regionCode, int sequence) =>
        "H" + regionCode + sequence.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The highest sequence used in the village so far (0 for none).</summary>
    public static async Task<int> LastSequenceAsync(RegistryDbContext db, string regionCode, CancellationToken ct)
    {
        var prefix = "H" + regionCode;
        var last = await db.Households.IgnoreQueryFilters()
            .Where(h => h.RegionCode == regionCode)
            .OrderByDescending(h => h.Number)
            .Select(h => h.Number)
            .FirstOrDefaultAsync(ct);
        return last is null ? 0 : int.Parse(last[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
