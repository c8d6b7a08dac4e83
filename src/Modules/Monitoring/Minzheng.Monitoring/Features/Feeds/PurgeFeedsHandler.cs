using Microsoft.EntityFrameworkCore;
using Minzheng.Kernel.Regions;
using Minzheng.Monitoring.Data;
using Minzheng.Monitoring.Domain;
using Minzheng.Monitoring.Features.Shared;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Data;
using Minzheng.Platform.Regions;
using Minzheng.Platform.Settings;

namespace Minzheng.Monitoring.Features.Feeds;

/// <summary>What a purge removed: each version by kind and number.</summary>
internal sealed record PurgeResult(int Purged, IReadOnlyList<string> Versions, int RetentionDays);

/// <summary>
/// Removes the content of feed versions older than the retention period (a setting), except each kind's latest version,
/// which the monthly run and the 核对 reports read. The version's record stays (who sent what, its SM3) with the time it
/// was purged; every purge is audited. Safe to run again: a purged version is not touched twice.
/// </summary>
internal sealed class PurgeFeedsHandler(MonitoringDbContext db, SettingsReader settings, AuditLog audit, TimeProvider clock)
{
    private static readonly RegionCode District = RegionCode.Parse(VisibleTowns.District);

    public async Task<PurgeResult> HandleAsync(CancellationToken ct = default)
    {
        MonitoringAccess.EnsureDistrict(db.User);
        var days = (int)await settings.RequireLongAsync(MonitoringDefaults.FeedRetentionDays, District, clock.Today(), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddDays(-days);
        var latest = (await db.LatestUploadsAsync(ct)).Select(u => u.Id).ToHashSet();
        var due = (await db.Uploads.Where(u => u.PurgedAtUtc == null && u.UploadedAtUtc < cutoff).OrderBy(u => u.Kind).ThenBy(u => u.Version).ToListAsync(ct))
            .Where(u => !latest.Contains(u.Id)).ToList();
        var names = new List<string>();
        foreach (var upload in due)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.Chunks.Where(c => c.UploadId == upload.Id).ExecuteDeleteAsync(ct);
            await db.LegacyContents.Where(c => c.UploadId == upload.Id).ExecuteDeleteAsync(ct);
            upload.PurgedAtUtc = now;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            await audit.WriteAsync(AuditActions.Delete, "FeedUpload", upload.Id.ToString(), purpose: $"超过保存期限（{days} 天）清除部门数据内容",
                details: $"{upload.Kind} 第 {upload.Version} 版，{upload.UploadedAtUtc.AddHours(8):yyyy-MM-dd} 接收，SM3 {upload.Sm3}", ct: ct);
            names.Add($"{upload.Kind} 第 {upload.Version} 版");
        }

        return new PurgeResult(names.Count, names, days);
    }
}
