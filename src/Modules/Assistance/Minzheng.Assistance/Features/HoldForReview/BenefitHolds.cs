using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Contracts;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Features.Shared;
using Minzheng.Platform.Data;

namespace Minzheng.Assistance.Features.HoldForReview;

/// <summary>
/// Findings about covered households (the monthly match, a registry event) applied to every benefit of the household in
/// force: held (a death) or its review brought forward to today; recorded on the case's timeline. Returns how many
/// households had a benefit (others are skipped).
/// </summary>
internal sealed class BenefitHolds(AssistanceDbContext db, TimeProvider clock)
{
    public async Task<int> ApplyAsync(IReadOnlyList<FindingForReview> findings, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.Today();
        var touched = 0;
        // Small chunks: a tracked case carries its signed consent (bytes) with it.
        foreach (var chunk in findings.Chunk(100))
        {
            var ids = chunk.Select(f => f.HouseholdId).ToList();
            // Every benefit of the household in force (a 低保 and a member's subsidy alike): the same finding concerns them all.
            var cases = (await db.Cases.Where(x => ids.Contains(x.HouseholdId) && (x.Status == CaseStatus.Approved || x.Status == CaseStatus.Suspended)).ToListAsync(ct))
                .ToLookup(x => x.HouseholdId);
            foreach (var f in chunk)
            {
                foreach (var c in cases[f.HouseholdId])
                {
                    if (c.HoldForReview(f.Suspend, today))
                    {
                        db.BenefitChanges.Add(new BenefitChange { CaseId = c.Id, RegionCode = c.RegionCode, Action = BenefitAction.Suspend, Reason = f.Finding, DecidedBy = db.User.UserName, DecidedAtUtc = now });
                    }

                    db.AddEvent(c, now, f.Suspend ? "暂停发放（核对与监测）" : "提前复核（核对与监测）", f.Finding);
                }

                touched += cases[f.HouseholdId].Any() ? 1 : 0;
            }

            await db.SaveChangesAsync(ct);
        }

        return touched;
    }
}
