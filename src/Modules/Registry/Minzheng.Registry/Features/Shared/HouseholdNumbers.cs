using Microsoft.EntityFrameworkCore;
using Minzheng.Registry.Data;

namespace Minzheng.Registry.Features.Shared;

internal static class HouseholdNumbers
{
    /// <summary>H + village code + 4-digit sequence; the unique index settles a race.</summary>
    public static async Task<string> NextAsync(RegistryDbContext db, string regionCode, CancellationToken ct)
    {
        var prefix = "H" + regionCode;
        var last = await db.Households.IgnoreQueryFilters()
            .Where(h => h.RegionCode == regionCode)
            .OrderByDescending(h => h.Number)
            .Select(h => h.Number)
            .FirstOrDefaultAsync(ct);
        var next = last is null ? 1 : int.Parse(last[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture) + 1;
        return prefix + next.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
    }
}
