using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Minzheng.Monitoring.Data;
using Minzheng.Monitoring.Domain;
using Minzheng.Monitoring.Features.Shared;
using Minzheng.Platform.Errors;

namespace Minzheng.Monitoring.Features.Runs;

internal sealed record StartRunRequest(string? Period, DateOnly? AsOf);

internal sealed record RunView(Guid Id, string Period, DateOnly AsOf, string Status, int Attempts, int Progress, string Stage, int Monitored, int Households, int Findings,
    int AlertsCreated, string FeedsJson, string? Error, string StartedBy, DateTime StartedAtUtc, DateTime? FinishedAtUtc)
{
    public static RunView Of(MatchRun r) => new(r.Id, r.Period, r.AsOf, r.Status.ToString(), r.Attempts, r.Progress, r.Stage, r.Monitored, r.Households, r.Findings,
        r.AlertsCreated, r.FeedsJson, r.Error, r.StartedBy, r.StartedAtUtc, r.FinishedAtUtc);
}

/// <summary>
/// Starts (or restarts) the monthly batch of a period: one run row per period, so a crash or a re-run never doubles the
/// alerts. A run still going is not started twice; one silent for <see cref="StaleAfter"/> is taken to have crashed.
/// </summary>
internal sealed class StartRunHandler(MonitoringDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(30);

    public const string JobKind = "match";

    /// <summary>Starts the run for the caller to execute now (the CLI, the demo).</summary>
    public Task<MatchRun> HandleAsync(StartRunRequest request, CancellationToken ct = default) => StartAsync(request, queue: false, ct);

    /// <summary>Starts the run and queues its job in the same transaction (the page, the API): a host's worker executes it.</summary>
    public Task<MatchRun> StartInBackgroundAsync(StartRunRequest request, CancellationToken ct = default) => StartAsync(request, queue: true, ct);

    private async Task<MatchRun> StartAsync(StartRunRequest request, bool queue, CancellationToken ct)
    {
        MonitoringAccess.EnsureDistrict(db.User);
        if (!DateOnly.TryParseExact((request.Period ?? string.Empty).Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            throw new InputValidationException("period", "请填写比对月份，格式 YYYY-MM");
        }

        var asOf = request.AsOf ?? first.AddMonths(1).AddDays(-1);
        if (asOf < first.AddMonths(-1) || asOf > first.AddMonths(2))
        {
            throw new InputValidationException("asOf", "比对基准日应在该月份前后");
        }

        var period = first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var now = clock.GetUtcNow().UtcDateTime;
        var run = await db.Runs.FirstOrDefaultAsync(r => r.Period == period, ct);
        if (run is null)
        {
            run = new MatchRun { Period = period };
            db.Runs.Add(run);
        }
        else if (run.Status == RunStatus.Running && now - run.StartedAtUtc < StaleAfter)
        {
            throw new BusinessRuleException($"{period} 的比对正在运行（{run.Progress}%），请等待完成");
        }

        run.AsOf = asOf;
        run.Status = RunStatus.Running;
        run.Attempts++;
        run.Progress = 0;
        run.Stage = "排队中";
        run.Error = null;
        run.StartedBy = db.User.UserName;
        run.StartedAtUtc = now;
        run.FinishedAtUtc = null;
        if (queue)
        {
            db.Jobs.Add(Platform.Jobs.Job.Queue(JobKind, run.Id, db.User.UserName, now));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new BusinessRuleException($"{period} 的比对已由他人启动");
        }

        return run;
    }

    public async Task<IReadOnlyList<RunView>> ListAsync(CancellationToken ct = default)
    {
        MonitoringAccess.EnsureDistrict(db.User);
        return (await db.Runs.AsNoTracking().OrderByDescending(r => r.Period).Take(60).ToListAsync(ct)).Select(RunView.Of).ToList();
    }

    public async Task<RunView> GetAsync(Guid id, CancellationToken ct = default)
    {
        MonitoringAccess.EnsureDistrict(db.User);
        return RunView.Of(await db.Runs.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException());
    }
}
