using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Programmes;

namespace Minzheng.Assistance.Features.Payroll;

/// <summary>
/// What a preparation reads of a town's cases of a programme, in one statement: the fingerprint's count and versions, the
/// candidates in (village, id) order — approved, or stopped from a later month, paying from this month or earlier — and those
/// superseded by a later candidate of the same beneficiary (a re-application: only the latest case pays). One read of the
/// town's cases instead of one per question: they lie scattered over the table, a page each.
/// </summary>
internal sealed record PayrollCases(int Count, long Versions, IReadOnlyList<PaymentInsert.CaseKey> Candidates, IReadOnlySet<Guid> Superseded)
{
    public static async Task<PayrollCases> ReadAsync(AssistanceDbContext db, Programme programme, string town, DateOnly first, CancellationToken ct)
    {
        var townTo = PaymentInsert.NextTown(town);
        var rows = await db.Cases.AsNoTracking()
#pragma warning disable CA1309 // an EF query: string.Compare becomes the database's own comparison of digit-only region codes, never a culture compare in memory
            .Where(c => c.Programme == programme && string.Compare(c.RegionCode, town) >= 0 && string.Compare(c.RegionCode, townTo) < 0)
#pragma warning restore CA1309
            .OrderBy(c => c.RegionCode).ThenBy(c => c.Id) // the database's order: the chunks' bounds are compared there
            .Select(c => new { c.RegionCode, c.Id, c.Version, c.Status, c.BenefitFrom, c.HouseholdId, c.PersonId, c.CreatedAtUtc })
            .ToListAsync(ct);
        var candidates = rows.Where(c => (c.Status == CaseStatus.Approved || c.Status == CaseStatus.Stopped) && c.BenefitFrom <= first).ToList();
        // Whose entitlement a case is: the person of a subsidy, the 临时救助 grant itself, or the household.
        // A case is superseded when its beneficiary has a later one; cases exactly as old as the latest all stay (the unique index pays one).
        var superseded = candidates.GroupBy(c => (c.HouseholdId, Beneficiary: c.PersonId ?? (programme == Programme.Temporary ? c.Id : c.HouseholdId)))
            .Where(g => g.Skip(1).Any())
            .SelectMany(g =>
            {
                var latest = g.Max(c => c.CreatedAtUtc);
                return g.Where(c => c.CreatedAtUtc < latest).Select(c => c.Id);
            });
        return new PayrollCases(rows.Count, rows.Sum(c => (long)c.Version), [.. candidates.Select(c => new PaymentInsert.CaseKey(c.RegionCode, c.Id))], superseded.ToHashSet());
    }
}
