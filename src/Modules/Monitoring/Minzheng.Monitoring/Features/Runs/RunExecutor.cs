using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minzheng.Matching.Engine;
using Minzheng.Matching.Keys;
using Minzheng.Monitoring.Data;
using Minzheng.Monitoring.Domain;
using Minzheng.Monitoring.Features.Population;
using Minzheng.Platform.Data;

namespace Minzheng.Monitoring.Features.Runs;

/// <summary>
/// Does a started run: the monitored population from social assistance and the registry, each feed's latest version
/// streamed once by the matching engine (MATCHING.md), and every finding made an alert for its household's town unless
/// that alert already exists for the period. Progress is saved as the feeds are read; a failure is recorded on the run.
/// </summary>
internal sealed class RunExecutor(MonitoringDbContext db, PopulationReader population, MatchSettings settings, Minzheng.Assistance.Contracts.IAssistanceCases assistance, TimeProvider clock)
{
    public async Task ExecuteAsync(Guid runId, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var run = await db.Runs.FirstAsync(r => r.Id == runId, ct);
        var folder = Path.Combine(Path.GetTempPath(), "mz-match-" + runId.ToString("N"));
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
            var feeds = await WriteFeedsAsync(run, folder, ct);
            var total = Math.Max(1, feeds.Sum(f => new FileInfo(f.Path).Length));
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
            var created = await RaiseAlertsAsync(run, result.Findings, households.ToDictionary(h => h.HouseholdId), byKey, ct);
            await HandOverAsync(run, created, ct);

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
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private async Task StageAsync(MatchRun run, string stage, int percent, IProgress<int>? progress, CancellationToken ct)
    {
        run.Stage = stage;
        run.Progress = percent;
        await db.SaveChangesAsync(ct);
        progress?.Report(percent);
    }

    /// <summary>Each feed's latest version, written to a private folder for the streaming engine.</summary>
    private async Task<List<FeedInput>> WriteFeedsAsync(MatchRun run, string folder, CancellationToken ct)
    {
        var latest = await db.Uploads.AsNoTracking().GroupBy(u => u.Kind).Select(g => g.OrderByDescending(u => u.Version).First()).ToListAsync(ct);
        if (latest.Count == 0)
        {
            throw new InvalidOperationException("尚无任何部门数据：请先在“数据接入”上传");
        }

        Directory.CreateDirectory(folder);
        var feeds = new List<FeedInput>();
        foreach (var upload in latest.OrderBy(u => u.Kind))
        {
            var bytes = await db.Contents.AsNoTracking().Where(c => c.UploadId == upload.Id).Select(c => c.Bytes).FirstAsync(ct);
            var path = Path.Combine(folder, upload.Kind + "-v" + upload.Version + Path.GetExtension(upload.FileName));
            await File.WriteAllBytesAsync(path, bytes, ct);
            feeds.Add(new FeedInput(FeedSchemas.Parse(upload.Kind), path));
        }

        run.FeedsJson = JsonSerializer.Serialize(latest.Select(u => new { kind = u.Kind, version = u.Version, file = u.FileName, sm3 = u.Sm3, rows = u.Rows }));
        return feeds;
    }

    private async Task<List<Alert>> RaiseAlertsAsync(MatchRun run, IReadOnlyList<Finding> findings, Dictionary<Guid, MonitoredHousehold> households,
        Dictionary<long, MonitoredMember> byKey, CancellationToken ct)
    {
        var existing = (await db.Alerts.AsNoTracking().Where(a => a.Period == run.Period).Select(a => new { a.Rule, a.HouseholdId, a.PersonId }).ToListAsync(ct))
            .Select(a => (a.Rule, a.HouseholdId, a.PersonId)).ToHashSet();
        var days = await settings.ResponseDaysAsync(run.AsOf, ct);
        var today = clock.Today();
        var evidence = JsonSerializer.Deserialize<List<FeedRef>>(run.FeedsJson)!.ToDictionary(f => f.kind);
        var created = new List<Alert>();
        foreach (var f in findings)
        {
            var household = households[Guid.ParseExact(f.HouseholdId, "N")];
            MonitoredMember? person = null;
            if (f.IdNumber.Length > 0 && IdKey.TryPack(Encoding.ASCII.GetBytes(f.IdNumber), out var key, out _))
            {
                person = byKey[key];
            }

            if (!existing.Add((f.Rule, household.HouseholdId, person?.PersonId)))
            {
                continue;
            }

            var kind = MatchSettings.KindOf(f.Rule);
            var feed = evidence[FeedOf(f.Rule)];
            var alert = new Alert
            {
                RunId = run.Id,
                Period = run.Period,
                Rule = f.Rule,
                Kind = kind,
                HouseholdId = household.HouseholdId,
                HouseholdNumber = household.HouseholdNumber,
                PersonId = person?.PersonId,
                PersonLabel = person?.Label ?? string.Empty,
                RegionCode = household.RegionCode,
                Programme = household.Programme,
                Value = f.Value,
                Evidence = $"{feed.kind} 第 {feed.version} 版（{feed.file}，SM3 {feed.sm3[..12]}…）",
                RaisedOn = today,
                DueOn = today.AddDays(days[kind]),
                Status = AlertStatus.Open,
            };
            db.Alerts.Add(alert);
            created.Add(alert);
            if (created.Count % 500 == 0)
            {
                await db.SaveChangesAsync(ct);
            }
        }

        await db.SaveChangesAsync(ct);
        return created;
    }

    /// <summary>
    /// New findings about households under social assistance become its reviews (MATCHING.md): a death holds the
    /// benefit until the town has reviewed it; an asset finding brings the review forward. Medical costs only warn.
    /// </summary>
    private async Task HandOverAsync(MatchRun run, List<Alert> created, CancellationToken ct)
    {
        // Only what this attempt raised: a re-run must not suspend again a benefit the town has since reviewed.
        var fresh = created.Where(a => a.Kind != AlertKind.EarlyWarning && a.Programme is not ("anti_poverty" or "other"));
        foreach (var household in fresh.GroupBy(a => a.HouseholdId))
        {
            var death = household.Any(a => a.Kind == AlertKind.Death);
            var finding = string.Join("；", household.Select(a => $"{run.Period} 比对：{Shared.Labels.Rule(a.Rule)} {a.Value}（{a.Evidence}）"));
            await assistance.HoldForReviewAsync(household.Key, finding, suspend: death, ct);
        }
    }

    private static string FeedOf(string rule) => rule switch
    {
        "deceased" => "deaths",
        "vehicle_over_limit" => "vehicles",
        "business_owner" => "business",
        "property_over_limit" => "property",
        _ => "medical",
    };

    private sealed record FeedRef(string kind, int version, string file, string sm3, long rows);

    private sealed class Progress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
