using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Platform.Data;
using Minzheng.Platform.Regions;

namespace Minzheng.Elderly.Features.HomeCare;

internal sealed record TownServiceFigure(string TownCode, string TownName, int OpenBeds, int BedsThisYear, int VisitsThisYear);

/// <summary>Home care beds in use and opened this year, and service visits this year, per town the user can see (home page).</summary>
internal sealed class ServiceFiguresHandler(ElderlyDbContext db, IRegionDirectory regions, TimeProvider clock)
{
    public async Task<IReadOnlyList<TownServiceFigure>> HandleAsync(CancellationToken ct = default)
    {
        var yearStart = new DateOnly(clock.Today().Year, 1, 1);
        var beds = await db.Beds.AsNoTracking().Select(b => new { b.RegionCode, b.StartsOn, b.EndedOn }).ToListAsync(ct);
        var from = ShanghaiClock.StartOfDayUtc(yearStart);
        var visits = await db.Deliveries.AsNoTracking().Where(d => d.CheckInUtc >= from).Select(d => d.RegionCode).ToListAsync(ct);
        var towns = await regions.TownsForAsync(db.User, ct);
        return towns.Select(t => new TownServiceFigure(t.Code, t.Name,
            beds.Count(b => b.RegionCode.StartsWith(t.Code, StringComparison.Ordinal) && b.EndedOn is null),
            beds.Count(b => b.RegionCode.StartsWith(t.Code, StringComparison.Ordinal) && b.StartsOn >= yearStart),
            visits.Count(r => r.StartsWith(t.Code, StringComparison.Ordinal)))).ToList();
    }
}
