using Microsoft.EntityFrameworkCore;
using Minzheng.Monitoring.Domain;

namespace Minzheng.Monitoring.Data;

/// <summary>The stored feeds as the run and the 核对 report read them: each kind's latest version that is still kept.</summary>
internal static class StoredFeeds
{
    public static async Task<List<FeedUpload>> LatestUploadsAsync(this MonitoringDbContext db, CancellationToken ct) =>
        await db.Uploads.AsNoTracking().Where(u => u.PurgedAtUtc == null).GroupBy(u => u.Kind).Select(g => g.OrderByDescending(u => u.Version).First()).ToListAsync(ct);
}
