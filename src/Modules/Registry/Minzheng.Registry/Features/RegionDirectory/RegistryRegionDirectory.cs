using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Regions;
using Minzheng.Registry.Data;

namespace Minzheng.Registry.Features.RegionDirectory;

/// <summary>The registry's division table, published to other modules through the platform's <see cref="IRegionDirectory"/>.</summary>
internal sealed class RegistryRegionDirectory(RegistryDbContext db) : IRegionDirectory
{
    public async Task<IReadOnlyList<RegionEntry>> ChildrenAsync(string parentCode, CancellationToken ct = default) =>
        await db.Regions.AsNoTracking().Where(r => r.ParentCode == parentCode).OrderBy(r => r.Code)
            .Select(r => new RegionEntry(r.Code, r.Name, r.Level, r.ParentCode)).ToListAsync(ct);

    public async Task<RegionEntry?> FindAsync(string code, CancellationToken ct = default) =>
        await db.Regions.AsNoTracking().Where(r => r.Code == code).Select(r => new RegionEntry(r.Code, r.Name, r.Level, r.ParentCode)).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<RegionEntry>> AllAsync(CancellationToken ct = default) =>
        await db.Regions.AsNoTracking().Select(r => new RegionEntry(r.Code, r.Name, r.Level, r.ParentCode)).ToListAsync(ct);
}
