using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Payroll;
using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Platform.Access;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Jobs;
using Minzheng.Platform.Regions;

namespace Minzheng.Assistance.Features.Payroll;

/// <summary>A payroll to prepare: the town, the month (YYYY-MM) and the programme (dibao, tekun, disability_living, disability_care or temporary; dibao when left out).</summary>
internal sealed record PrepareRequest(string? Town, string? Month, string? Programme = null);

/// <summary>
/// 造册: the month's payments of one programme (低保, 特困, a disability subsidy, 临时救助) in one town — every approved case whose benefit has
/// started, and the town's payments the bank returned, taken back for re-issue. <see cref="StartAsync(PrepareRequest, CancellationToken)"/> checks the
/// request and marks the run 造册中; <see cref="ExecuteAsync"/> (a background job, or the CLI) writes the payments a chunk
/// at a time with its progress. Stopped midway and started again, it adds only what is missing: the unique (beneficiary,
/// programme, month) index makes a second payment impossible.
/// </summary>
internal sealed class PreparePayrollHandler(AssistanceDbContext db, IRegionDirectory regions, TimeProvider clock)
{
    /// <summary>A run 造册中 longer than this without finishing is taken for crashed and may be started again.</summary>
    public static readonly TimeSpan Stale = TimeSpan.FromMinutes(10);

    /// <summary>Payments written per statement (and per progress step): every statement reads its villages once.</summary>
    internal int ChunkSize { get; set; } = 10_000;

    /// <summary>Marks the run 造册中 for the caller to execute now (the CLI).</summary>
    public Task<PayrollRun> StartAsync(PrepareRequest request, CancellationToken ct = default) => StartAsync(request, queue: false, ct);

    /// <summary>Marks the run 造册中 and queues its job in the same transaction (the page, the API): a host's worker executes it.</summary>
    public Task<PayrollRun> StartInBackgroundAsync(PrepareRequest request, CancellationToken ct = default) => StartAsync(request, queue: true, ct);

    public const string JobKind = "payroll";

    private async Task<PayrollRun> StartAsync(PrepareRequest request, bool queue, CancellationToken ct)
    {
        PayrollAccess.EnsurePreparer(db.User);
        var town = request.Town?.Trim() ?? string.Empty;
        // The town by its key: listing the district's towns for one check cost more than a re-run that finds nothing to do.
        var isTown = town.Length == VisibleTowns.District.Length + 3 && town.StartsWith(VisibleTowns.District, StringComparison.Ordinal)
            && await regions.FindAsync(town, ct) is { Level: 4 };
        if (!isTown || !db.User.Allows(town))
        {
            throw new InputValidationException("town", "请选择您管辖的镇街");
        }

        var code = ProgrammeLabels.Code(PayrollAccess.ParseProgramme(request.Programme));
        var month = PayrollAccess.ParseMonth(request.Month).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var run = await db.PayrollRuns.FirstOrDefaultAsync(r => r.Programme == code && r.TownCode == town && r.Month == month, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (run is { Status: PayrollStatus.Prepared, Fingerprint: not null } && run.Fingerprint == await PayrollFingerprint.ComputeAsync(db, run, ct))
        {
            return run; // nothing changed since it was prepared: the same payments, nothing written
        }

        switch (run?.Status)
        {
            case PayrollStatus.Approved:
                throw new BusinessRuleException($"{month} 的发放已审批，不能重新造册；漏发的在下月造册中补发");
            case PayrollStatus.Preparing when run.PrepareError is null && now - run.PreparedAtUtc < Stale:
                throw new BusinessRuleException("该镇街本月正在造册，请稍后刷新");
            case null:
                run = new PayrollRun { Programme = code, TownCode = town, Month = month };
                db.PayrollRuns.Add(run);
                break;
        }

        run.Status = PayrollStatus.Preparing;
        run.Progress = 0;
        run.PrepareError = null;
        run.PreparedBy = db.User.UserName;
        run.PreparedAtUtc = now;
        run.Version++;
        if (queue)
        {
            db.Jobs.Add(Job.Queue(JobKind, run.Id, db.User.UserName, now));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new BusinessRuleException("该镇街本月正在由他人造册，请稍后刷新");
        }

        return run;
    }

    public async Task<PayrollRun> ExecuteAsync(Guid runId, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var run = await db.RunAsync(runId, ct);
        if (run.Status != PayrollStatus.Preparing)
        {
            return run;
        }

        try
        {
            await WriteAsync(run, progress, ct);
        }
        catch (DbUpdateException)
        {
            await FailAsync(run, "该镇街本月正在由他人造册，请稍后重新造册");
            throw new BusinessRuleException("该镇街本月正在由他人造册，请稍后刷新");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await FailAsync(run, $"造册中断：{e.Message}");
            throw;
        }

        return run;
    }

    private async Task WriteAsync(PayrollRun run, IProgress<int>? progress, CancellationToken ct)
    {
        var programme = ProgrammeLabels.FromCode(run.Programme)!.Value;
        var month = run.Month;
        var first = PayrollAccess.ParseMonth(month);
        var town = run.TownCode;

        // The returned payments read before the cases, the cases' fingerprint in the same statement as the cases themselves: a
        // change made while this runs leaves the stored fingerprint stale, so the next re-run does the work (as it does once
        // after returned payments are taken back below: they were counted here).
        var returned = await PayrollFingerprint.Returned(db, run).ToListAsync(ct);
        var cases = await PayrollCases.ReadAsync(db, programme, town, first, ct);
        var fingerprint = PayrollFingerprint.Format(cases.Count, cases.Versions, returned.Count);

        // Cut into chunks the INSERT … SELECT takes one at a time: each chunk reads only its villages.
        var done = 0;
        foreach (var chunk in cases.Candidates.Chunk(Math.Max(1, ChunkSize)))
        {
            var superseded = chunk.Where(k => cases.Superseded.Contains(k.Id)).Select(k => k.Id).ToList();
            await PaymentInsert.ChunkAsync(db, run.Id, programme.ToString(), run.Programme, month, first, chunk[0], chunk[^1], superseded, ct);
            done += chunk.Length;
            run.Progress = 90 * done / cases.Candidates.Count;
            await db.SaveChangesAsync(ct);
            progress?.Report(run.Progress);
        }

        // Returned by the bank in an earlier month: the same payment, one more attempt, on this run's bank file.
        foreach (var failed in returned)
        {
            failed.RunId = run.Id;
            failed.Status = PaymentStatus.Pending;
            failed.ReissueRegionCode = null;
            failed.Attempt++;
            failed.Salt = failed.Commitment = failed.PayeeName = failed.SealedBankAccount = null; // approved again, with the account registered then
        }

        await db.SaveChangesAsync(ct);
        var totals = await db.Payments.Where(p => p.RunId == run.Id).GroupBy(p => 1).Select(g => new { Count = g.Count(), Fen = g.Sum(p => p.AmountFen) }).FirstOrDefaultAsync(ct);
        run.Payments = totals?.Count ?? 0;
        run.TotalFen = totals?.Fen ?? 0;
        run.Status = PayrollStatus.Prepared;
        run.Fingerprint = fingerprint;
        run.Progress = 100;
        run.Version++;
        await db.SaveChangesAsync(ct);
        progress?.Report(100);
    }

    /// <summary>Records why the preparation stopped, on a clean context: what was written stays, and starting again completes it.</summary>
    private async Task FailAsync(PayrollRun run, string reason)
    {
        db.ChangeTracker.Clear();
        var fresh = await db.PayrollRuns.FirstAsync(r => r.Id == run.Id);
        fresh.PrepareError = reason.Length > 500 ? reason[..500] : reason;
        await db.SaveChangesAsync();
    }
}
