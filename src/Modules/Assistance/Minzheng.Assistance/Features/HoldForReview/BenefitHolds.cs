using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Contracts;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Features.Shared;
using Minzheng.Platform.Data;

namespace Minzheng.Assistance.Features.HoldForReview;

/// <summary>
/// Findings about covered households (the monthly match, a registry event) applied to the household's benefits in force:
/// a member's death recomputes the household's 低保 without them (减发 from the next month) and holds only what was theirs
/// (<see cref="DeathEffects"/>); a death whose person is not known holds every benefit; any other finding brings the
/// review forward to today. Recorded on each case's timeline. Returns how many households had a benefit.
/// </summary>
internal sealed class BenefitHolds(AssistanceDbContext db, DeathRecalculation recalculation, TimeProvider clock)
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
            var cases = (await db.Cases.Where(x => ids.Contains(x.HouseholdId) && (x.Status == CaseStatus.Approved || x.Status == CaseStatus.Suspended)).ToListAsync(ct))
                .ToLookup(x => x.HouseholdId);
            foreach (var f in chunk)
            {
                foreach (var c in cases[f.HouseholdId])
                {
                    var effect = f.Suspend && f.PersonId is { } dead ? DeathEffects.For(c, dead) : f.Suspend ? DeathEffect.Hold : DeathEffect.ReviewOnly;
                    if (effect == DeathEffect.Recalculate && await recalculation.ApplyAsync(c, f.PersonId!.Value, f.Finding, today, now, ct))
                    {
                        continue;
                    }

                    var hold = effect != DeathEffect.ReviewOnly;
                    if (c.HoldForReview(hold, today))
                    {
                        db.BenefitChanges.Add(new BenefitChange { CaseId = c.Id, RegionCode = c.RegionCode, Action = BenefitAction.Suspend, Reason = f.Finding, DecidedBy = db.User.UserName, DecidedAtUtc = now });
                    }

                    db.AddEvent(c, now, hold ? "暂停发放（核对与监测）" : "提前复核（核对与监测）", f.Finding);
                }

                touched += cases[f.HouseholdId].Any() ? 1 : 0;
            }

            await db.SaveChangesAsync(ct);
        }

        return touched;
    }
}
