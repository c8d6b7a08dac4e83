using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Payroll;
using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Platform.Access;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Regions;

namespace Minzheng.Assistance.Features.Payroll;

/// <summary>A payroll to prepare: the town, the month (YYYY-MM) and the programme (dibao or tekun; dibao when left out).</summary>
public sealed record PrepareRequest(string? Town, string? Month, string? Programme = null);

/// <summary>
/// 造册: the month's payments of one programme (低保 or 特困) in one town — every approved case whose benefit has started, and the town's
/// payments the bank returned, taken back for re-issue. Preparing again (after new approvals, a crash, a double click)
/// adds only what is missing: the unique (household, programme, month) index makes a second payment impossible.
/// </summary>
internal sealed class PreparePayrollHandler(AssistanceDbContext db, IRegionDirectory regions, TimeProvider clock)
{
    private const int Batch = 1000;

    public async Task<PayrollRun> HandleAsync(PrepareRequest request, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        PayrollAccess.EnsurePreparer(db.User);
        var town = request.Town?.Trim() ?? string.Empty;
        var towns = await regions.TownsForAsync(db.User, ct);
        if (!towns.Any(t => t.Code == town) || !db.User.Allows(town))
        {
            throw new InputValidationException("town", "请选择您管辖的镇街");
        }

        var programme = PayrollAccess.ParseProgramme(request.Programme);
        var code = ProgrammeLabels.Code(programme);
        var first = PayrollAccess.ParseMonth(request.Month);
        var month = first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var run = await db.PayrollRuns.FirstOrDefaultAsync(r => r.Programme == code && r.TownCode == town && r.Month == month, ct);
        if (run?.Status == PayrollStatus.Approved)
        {
            throw new BusinessRuleException($"{month} 的发放已审批，不能重新造册；漏发的在下月造册中补发");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (run is null)
        {
            run = new PayrollRun { Programme = code, TownCode = town, Month = month };
            db.PayrollRuns.Add(run);
        }

        run.PreparedBy = db.User.UserName;
        run.PreparedAtUtc = now;
        run.Version++;

        // In payment: approved (a suspended case waits for its review), or stopped from a later month; at the amount in
        // force for the month (增发/减发), nothing from the month a 停发 or the end of a 渐退 takes effect.
        var cases = (await db.Cases.AsNoTracking()
                .Where(c => (c.Status == CaseStatus.Approved || c.Status == CaseStatus.Stopped) && c.Programme == programme && c.RegionCode.StartsWith(town) && c.BenefitFrom <= first)
                // Only what the payroll reads: never the snapshot or the signed consent of every case in the town.
                .Select(c => new AssistanceCase
                {
                    Id = c.Id, Number = c.Number, HouseholdId = c.HouseholdId, HouseholdNumber = c.HouseholdNumber, RegionCode = c.RegionCode,
                    MonthlyAmountFen = c.MonthlyAmountFen, StopFrom = c.StopFrom, CreatedAtUtc = c.CreatedAtUtc,
                })
                .ToListAsync(ct))
            .GroupBy(c => c.HouseholdId).Select(g => g.OrderByDescending(c => c.CreatedAtUtc).First()).ToList();
        var ids = cases.Select(c => c.Id).ToList();
        var changes = await db.BenefitChanges.AsNoTracking().Where(x => ids.Contains(x.CaseId) && x.AmountFen != null).ToListAsync(ct);
        var amounts = cases.ToDictionary(c => c.Id, c => c.AmountFor(month, changes));
        cases = cases.Where(c => amounts[c.Id] > 0).ToList();
        var paid = (await db.Payments.AsNoTracking().Where(p => p.Programme == code && p.Month == month && p.RegionCode.StartsWith(town))
            .Select(p => p.HouseholdId).ToListAsync(ct)).ToHashSet();

        var done = 0;
        try
        {
            foreach (var c in cases.Where(c => !paid.Contains(c.HouseholdId)))
            {
                db.Payments.Add(new Payment
                {
                    RunId = run.Id, CaseId = c.Id, CaseNumber = c.Number, HouseholdId = c.HouseholdId, HouseholdNumber = c.HouseholdNumber,
                    RegionCode = c.RegionCode, Programme = code, Month = month, AmountFen = amounts[c.Id], Status = PaymentStatus.Pending,
                });
                if (++done % Batch == 0)
                {
                    await db.SaveChangesAsync(ct);
                    progress?.Report(90 * done / Math.Max(1, cases.Count));
                }
            }

            // Returned by the bank in an earlier month: the same payment, one more attempt, on this run's bank file.
            foreach (var failed in await db.Payments.Where(p => p.Programme == code && p.Status == PaymentStatus.Failed && p.RegionCode.StartsWith(town) && p.RunId != run.Id).ToListAsync(ct))
            {
                failed.RunId = run.Id;
                failed.Status = PaymentStatus.Pending;
                failed.Attempt++;
                failed.Salt = failed.Commitment = null;
            }

            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new BusinessRuleException("该镇街本月正在由他人造册，请稍后刷新");
        }

        var totals = await db.Payments.Where(p => p.RunId == run.Id).GroupBy(p => 1).Select(g => new { Count = g.Count(), Fen = g.Sum(p => p.AmountFen) }).FirstOrDefaultAsync(ct);
        run.Payments = totals?.Count ?? 0;
        run.TotalFen = totals?.Fen ?? 0;
        await db.SaveChangesAsync(ct);
        progress?.Report(100);
        return run;
    }
}
