using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Platform.Data;

namespace Minzheng.Assistance.Features.ManageBenefit;

internal sealed record ReviewRow(Guid Id, string Number, string HouseholdNumber, string RegionCode, string Status, DateOnly? NextReviewOn, bool Overdue, long? MonthlyAmountFen);

/// <summary>The town's review tasks: covered households whose review falls due within the next 30 days (or is overdue), suspended ones first.</summary>
internal sealed class ReviewsHandler(AssistanceDbContext db, TimeProvider clock)
{
    public const int DaysAhead = 30;

    public async Task<IReadOnlyList<ReviewRow>> HandleAsync(bool overdueOnly, CancellationToken ct = default)
    {
        var today = clock.Today();
        var horizon = overdueOnly ? today.AddDays(-1) : today.AddDays(DaysAhead);
        var rows = await db.Cases.AsNoTracking()
            .Where(c => (c.Status == CaseStatus.Approved || c.Status == CaseStatus.Suspended) && (c.Status == CaseStatus.Suspended || c.NextReviewOn == null || c.NextReviewOn <= horizon))
            .OrderBy(c => c.NextReviewOn).Take(500).ToListAsync(ct);
        return rows
            .Select(c => new ReviewRow(c.Id, c.Number, c.HouseholdNumber, c.RegionCode, CaseLabels.Of(c.Status), c.NextReviewOn, c.NextReviewOn is { } due && due < today, c.MonthlyAmountFen))
            .Where(r => !overdueOnly || r.Overdue || r.Status == CaseLabels.Of(CaseStatus.Suspended))
            .OrderByDescending(r => r.Status == CaseLabels.Of(CaseStatus.Suspended)).ThenBy(r => r.NextReviewOn)
            .ToList();
    }
}
