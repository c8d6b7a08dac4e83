using Microsoft.EntityFrameworkCore;
using Minzheng.Monitoring.Domain;

namespace Minzheng.Monitoring.Data;

/// <summary>The stored feeds as the run and the 核对 report read them: each kind's latest version, and its bytes.</summary>
internal static class StoredFeeds
{
    public static async Task<List<FeedUpload>> LatestUploadsAsync(this MonitoringDbContext db, CancellationToken ct) =>
        await db.Uploads.AsNoTracking().GroupBy(u => u.Kind).Select(g => g.OrderByDescending(u => u.Version).First()).ToListAsync(ct);

    public static async Task<byte[]> ContentOfAsync(this MonitoringDbContext db, Guid uploadId, CancellationToken ct) =>
        await db.Contents.AsNoTracking().Where(c => c.UploadId == uploadId).Select(c => c.Bytes).FirstAsync(ct);
}
