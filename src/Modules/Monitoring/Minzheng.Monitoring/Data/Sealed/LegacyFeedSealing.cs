using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Minzheng.Platform.Access;
using Minzheng.Platform.Security;

namespace Minzheng.Monitoring.Data.Sealed;

/// <summary>
/// Once at start: feeds stored before their content was encrypted are sealed into chunks and their clear rows deleted,
/// one version per transaction (safe to stop and run again). Until then a run seals them on the way.
/// </summary>
internal sealed class LegacyFeedSealing(IServiceScopeFactory scopes) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var scope = SystemScope.Create(scopes, "部门数据加密存储");
        await SealAllAsync(scope.ServiceProvider, stoppingToken);
    }

    public static async Task<int> SealAllAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<MonitoringDbContext>();
        var protector = services.GetRequiredService<FieldProtector>();
        var sealedCount = 0;
        foreach (var id in await db.LegacyContents.AsNoTracking().Select(c => c.UploadId).ToListAsync(ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var legacy = await db.LegacyContents.FirstAsync(c => c.UploadId == id, ct);
            if (!await db.Chunks.AnyAsync(c => c.UploadId == id, ct))
            {
                var seq = 0;
                foreach (var frame in SealedSpool.SealClear(legacy.Bytes, id, protector))
                {
                    db.Chunks.Add(new Domain.FeedChunk { UploadId = id, Seq = seq++, Cipher = frame });
                }
            }

            db.LegacyContents.Remove(legacy);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            sealedCount++;
        }

        if (sealedCount > 0 && db.Database.IsSqlite())
        {
            // The clear rows' old pages may still sit in the write-ahead log: copy it back and empty it.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
        }

        return sealedCount;
    }
}
