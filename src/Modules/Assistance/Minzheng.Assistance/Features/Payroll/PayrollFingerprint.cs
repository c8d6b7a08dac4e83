using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Payroll;
using Minzheng.Assistance.Domain.Programmes;

namespace Minzheng.Assistance.Features.Payroll;

/// <summary>
/// What a run's payments depend on, in a few numbers: the town's cases of the programme (how many, and the sum of their
/// versions — every change of a case, a 增发/减发/停发 included, raises its version, its concurrency token) and the payments
/// of earlier runs the bank returned. Taken before a preparation reads the cases and stored when it finishes: when it is
/// the same at the next preparation nothing can have changed, and the re-run returns without touching a row.
/// </summary>
internal static class PayrollFingerprint
{
    public static async Task<string> ComputeAsync(AssistanceDbContext db, PayrollRun run, CancellationToken ct)
    {
        var programme = ProgrammeLabels.FromCode(run.Programme)!.Value;
        var (from, to) = (run.TownCode, PaymentInsert.NextTown(run.TownCode));
        var cases = await db.Cases.AsNoTracking()
#pragma warning disable CA1309 // an EF query: string.Compare becomes the database's own comparison of digit-only region codes, never a culture compare in memory
            .Where(c => c.Programme == programme && string.Compare(c.RegionCode, from) >= 0 && string.Compare(c.RegionCode, to) < 0)
#pragma warning restore CA1309
            .GroupBy(c => 1).Select(g => new { Count = g.Count(), Versions = g.Sum(c => (long)c.Version) }).FirstOrDefaultAsync(ct);
        var returned = await Returned(db, run).CountAsync(ct);
        return Format(cases?.Count ?? 0, cases?.Versions ?? 0, returned);
    }

    /// <summary>The fingerprint of these counts: as <see cref="ComputeAsync"/> reads them, or as a preparation read them with its cases (<see cref="PayrollCases"/>).</summary>
    public static string Format(int cases, long versions, int returned) => string.Create(CultureInfo.InvariantCulture, $"{cases}:{versions}:{returned}");

    /// <summary>
    /// The town's payments of the programme the bank returned in earlier runs (a 特困 run's include its carers'): the
    /// preparation takes them back for re-issue.
    /// </summary>
    public static IQueryable<Payment> Returned(AssistanceDbContext db, PayrollRun run)
    {
        var (from, to) = (run.TownCode, PaymentInsert.NextTown(run.TownCode));
        var care = run.Programme == ProgrammeLabels.Code(Programme.Tekun);
#pragma warning disable CA1309 // an EF query: string.Compare becomes the database's own comparison of digit-only region codes, never a culture compare in memory
        return db.Payments.Where(p => p.ReissueRegionCode != null && string.Compare(p.ReissueRegionCode, from) >= 0 && string.Compare(p.ReissueRegionCode, to) < 0
#pragma warning restore CA1309
            && (p.Programme == run.Programme || (care && p.Programme == PaymentInsert.CareCode)) && p.Status == PaymentStatus.Failed && p.RunId != run.Id);
    }
}
