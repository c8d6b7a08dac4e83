using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Access;
using Minzheng.Registry.Data;

namespace Minzheng.Registry.Features.Shared;

internal sealed record RegionOption(string Code, string Name, int Level, string? ParentCode);

/// <summary>Towns and villages the user may pick: those inside their regions (or above-town parents for context).</summary>
internal sealed class RegionOptions(RegistryDbContext db)
{
    public async Task<IReadOnlyList<RegionOption>> TownsAsync(CancellationToken ct = default) => await ListAsync(4, ct);

    public async Task<IReadOnlyList<RegionOption>> VillagesAsync(CancellationToken ct = default) => await ListAsync(5, ct);

    private async Task<IReadOnlyList<RegionOption>> ListAsync(int level, CancellationToken ct)
    {
        var all = await db.Regions.AsNoTracking().Where(r => r.Level == level).OrderBy(r => r.Code).ToListAsync(ct);
        return all.Where(r => db.User.Allows(r.Code) || (level == 4 && db.User.RegionPrefixes.Any(p => p.StartsWith(r.Code, StringComparison.Ordinal))))
            .Select(r => new RegionOption(r.Code, r.Name, r.Level, r.ParentCode)).ToList();
    }
}
