using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Contracts;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Features.Shared;
using Minzheng.Elderly.Domain.Assessment;
using Minzheng.Kernel.Regions;
using Minzheng.Platform.Data;
using Minzheng.Platform.Regions;
using Minzheng.Platform.Settings;

namespace Minzheng.Elderly.Features.RecordCategories;

/// <summary>失能 elders (latest assessment at the setting's levels) and recorded 重残 elders, for the 漏保 screening.</summary>
internal sealed class EldersInNeedReader(ElderlyDbContext db, SettingsReader settings, TimeProvider clock) : IEldersInNeed
{
    public async Task<IReadOnlyList<ElderInNeed>> DisabledAsync(string? regionPrefix, CancellationToken ct = default)
    {
        var from = await DisabledLevels.FromAsync(settings, RegionCode.Parse(VisibleTowns.District), clock.Today(), ct);
        var prefix = regionPrefix?.Trim() ?? string.Empty;
        var latest = (await LatestLevels.OfAsync(db.Assessments.Where(a => EF.Functions.Like(a.RegionCode, prefix + "%")), ct))
            .Where(a => a.Value.Level >= from)
            .Select(a => new ElderInNeed(a.Key, a.Value.RegionCode, $"失能老人（{AbilityLevels.Label(a.Value.Level)}）"));
        var severe = (await db.Flags.AsNoTracking().Where(f => f.SeverelyDisabled && EF.Functions.Like(f.RegionCode, prefix + "%")).Select(f => new { f.PersonId, f.RegionCode }).ToListAsync(ct))
            .Select(f => new ElderInNeed(f.PersonId, f.RegionCode, "重度残疾老人（登记）"));
        return [.. latest, .. severe];
    }
}
