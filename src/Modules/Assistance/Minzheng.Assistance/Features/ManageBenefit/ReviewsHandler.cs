using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Platform.Data;

namespace Minzheng.Assistance.Features.ManageBenefit;

internal sealed record ReviewRow(Guid Id, string Number, string HouseholdNumber, string RegionCode, string Status, DateOnly? NextReviewOn, bool Overdue, long? MonthlyAmountFen);

/// <summary>
/// The town's review tasks: covered households whose review falls due within the next 30 days (or is overdue), suspended
/// ones first; and 刚性支出困难 recognitions that end within 30 days or have ended (≤ 12 months, not reviewed but
/// re-assessed), until the household applies again.
/// </summary>
internal sealed class ReviewsHandler(AssistanceDbContext db, TimeProvider clock)
{
    public const int DaysAhead = 30;

    public async Task<IReadOnlyList<ReviewRow>> HandleAsync(bool overdueOnly, CancellationToken ct = default)
    {
        var today = clock.Today();
        var horizon = overdueOnly ? today.AddDays(-1) : today.AddDays(DaysAhead);
        var rows = await db.Cases.AsNoTracking()
            .Where(c => (c.Status == CaseStatus.Approved || c.Status == CaseStatus.Suspended)
                && (c.ValidUntil == null ? c.Status == CaseStatus.Suspended || c.NextReviewOn == null || c.NextReviewOn <= horizon : c.ValidUntil <= horizon))
            .OrderBy(c => c.NextReviewOn).Take(500).ToListAsync(ct);

        // A recognition that ended is listed until the household has applied again.
        var ended = rows.Where(c => c.ValidUntil is not null).Select(c => c.HouseholdId).ToList();
        var reapplied = (await db.Cases.AsNoTracking().Where(c => ended.Contains(c.HouseholdId) && c.ValidUntil == null).Select(c => new { c.HouseholdId, c.CreatedAtUtc }).ToListAsync(ct))
            .ToLookup(c => c.HouseholdId, c => c.CreatedAtUtc);
        return rows
            .Where(c => c.ValidUntil is null || !reapplied[c.HouseholdId].Any(at => at > c.CreatedAtUtc))
            .Select(c => c.ValidUntil is { } until
                ? new ReviewRow(c.Id, c.Number, c.HouseholdNumber, c.RegionCode, until < today ? "认定已到期" : "认定将到期", until, until < today, c.MonthlyAmountFen)
                : new ReviewRow(c.Id, c.Number, c.HouseholdNumber, c.RegionCode, CaseLabels.Of(c.Status), c.NextReviewOn, c.NextReviewOn is { } due && due < today, c.MonthlyAmountFen))
            .Where(r => !overdueOnly || r.Overdue || r.Status == CaseLabels.Of(CaseStatus.Suspended))
            .OrderByDescending(r => r.Status == CaseLabels.Of(CaseStatus.Suspended)).ThenBy(r => r.NextReviewOn)
            .ToList();
    }
}
