using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minzheng.Matching.Engine;
using Minzheng.Matching.Keys;
using Minzheng.Monitoring.Data;
using Minzheng.Monitoring.Data.Sealed;
using Minzheng.Monitoring.Domain;
using Minzheng.Monitoring.Features.Population;
using Minzheng.Platform.Security;

namespace Minzheng.Monitoring.Features.Runs;

/// <summary>
/// Does a started run: the monitored population from social assistance and the registry, each feed's latest version
/// streamed once by the matching engine (MATCHING.md), and every finding made an alert for its household's town unless
/// that alert already exists for the period. Progress is saved as the feeds are read; a failure is recorded on the run.
/// </summary>
internal sealed class RunExecutor(MonitoringDbContext db, PopulationReader population, MatchSettings settings, FindingsToAlerts alerts, FieldProtector protector, TimeProvider clock)
{
    public async Task ExecuteAsync(Guid runId, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var run = await db.Runs.FirstAsync(r => r.Id == runId, ct);
        using var folder = WorkFolder.Create();
        var spools = new List<SealedSpool>();
        try
        {
            await StageAsync(run, "读取监测对象", 0, progress, ct);
            var households = await population.HouseholdsAsync(ct);
            var members = await population.MembersAsync(households, $"{run.Period} 月度比对", ct);
            var monitored = new MonitoredPopulation(Math.Max(1024, members.Count));
            var byKey = new Dictionary<long, MonitoredMember>(members.Count);
            foreach (var m in members)
            {
                if (IdKey.TryPack(Encoding.ASCII.GetBytes(m.IdNumber), out var key, out _) && monitored.Add(key, m.HouseholdId.ToString("N")))
                {
                    byKey[key] = m;
                }
            }

            await StageAsync(run, "准备部门数据", 2, progress, ct);
            var feeds = await SpoolFeedsAsync(run, folder, spools, ct);
            var total = Math.Max(1, feeds.Sum(f => f.Length));
            var rules = await settings.RulesAsync(run.AsOf, ct);
            long read = 0;
            var matcher = new Matcher(rules, run.AsOf);
            var work = Task.Run(() => matcher.Run(monitored, null, [], feeds, new Progress(bytes => Interlocked.Add(ref read, bytes))), ct);
            while (!work.IsCompleted)
            {
                await Task.WhenAny(work, Task.Delay(500, ct));
                await StageAsync(run, "比对中", 5 + (int)(85 * Math.Min(1, Interlocked.Read(ref read) / (double)total)), progress, ct);
            }

            var result = await work;
            await StageAsync(run, "生成预警", 90, progress, ct);
            var created = await alerts.RaiseAsync(run, result.Findings, households.ToDictionary(h => h.HouseholdId), byKey, ct);

            run.Monitored = monitored.Count;
            run.Households = monitored.HouseholdCount;
            run.Findings = result.Findings.Count;
            run.AlertsCreated = created.Count;
            run.Status = RunStatus.Completed;
            run.FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
            await StageAsync(run, "已完成", 100, progress, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            var failed = await db.Runs.FirstAsync(r => r.Id == runId, CancellationToken.None);
            failed.Status = RunStatus.Failed;
            failed.Error = e is Minzheng.Matching.Csv.FeedFileException or InvalidOperationException ? e.Message : "比对失败：" + e.GetType().Name;
            failed.FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        finally
        {
            spools.ForEach(s => s.Dispose());
        }
    }

    private async Task StageAsync(MatchRun run, string stage, int percent, IProgress<int>? progress, CancellationToken ct)
    {
        run.Stage = stage;
        run.Progress = percent;
        await db.SaveChangesAsync(ct);
        progress?.Report(percent);
    }

    /// <summary>
    /// Each feed's latest version, its sealed chunks copied to the private work folder; the engine reads each through a
    /// stream that decrypts a chunk at a time, so clear rows exist only in its memory.
    /// </summary>
    private async Task<List<FeedInput>> SpoolFeedsAsync(MatchRun run, WorkFolder folder, List<SealedSpool> spools, CancellationToken ct)
    {
        var latest = await db.LatestUploadsAsync(ct);
        if (latest.Count == 0)
        {
            throw new InvalidOperationException("尚无任何部门数据：请先在“数据接入”上传");
        }

        var feeds = new List<FeedInput>();
        foreach (var upload in latest.OrderBy(u => u.Kind))
        {
            var spool = await SealedSpool.FromStoreAsync(db, upload, protector, folder, ct);
            spools.Add(spool);
            feeds.Add(new FeedInput(FeedSchemas.Parse(upload.Kind), upload.Kind + "-v" + upload.Version + Path.GetExtension(upload.FileName))
            {
                Open = spool.OpenPlain,
                Length = spool.Length,
            });
        }

        run.FeedsJson = JsonSerializer.Serialize(latest.Select(u => new { kind = u.Kind, version = u.Version, file = u.FileName, sm3 = u.Sm3, rows = u.Rows }));
        return feeds;
    }

    private sealed class Progress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
