using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Contracts;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Assistance.Features.Shared;
using Minzheng.Platform.Data;

namespace Minzheng.Assistance.Features.ForMonitoring;

/// <summary>What monitoring reads from social assistance (covered households, applications awaiting 核对) and hands back (findings to review).</summary>
internal sealed class AssistanceCasesForMonitoring(AssistanceDbContext db, TimeProvider clock) : IAssistanceCases
{
    public async Task<IReadOnlyList<CoveredHousehold>> CoveredAsync(CancellationToken ct = default)
    {
        // The monitored categories are the routed programmes (MATCHING.md); a subsidy or a one-off grant does not make a household one.
        var approved = await db.Cases.AsNoTracking().Where(c => (c.Status == CaseStatus.Approved || c.Status == CaseStatus.Suspended) && ProgrammeLabels.Routed.Contains(c.Programme))
            .Select(c => new { c.HouseholdId, c.HouseholdNumber, c.RegionCode, c.Programme, c.CreatedAtUtc })
            .ToListAsync(ct);

        // One household, one programme: the latest approved application stands.
        return approved.GroupBy(c => c.HouseholdId)
            .Select(g => g.OrderByDescending(c => c.CreatedAtUtc).First())
            .Select(c => new CoveredHousehold(c.HouseholdId, c.HouseholdNumber, c.RegionCode, ProgrammeLabels.Code(c.Programme)))
            .ToList();
    }

    public async Task<CaseForVerification?> FindForVerificationAsync(Guid caseId, CancellationToken ct = default) =>
        await db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new CaseForVerification(c.Id, c.Number, c.HouseholdId, c.HouseholdNumber, c.RegionCode, c.ConsentSm3 != "", c.ConsentSm3))
            .FirstOrDefaultAsync(ct);

    public async Task<int> HoldForReviewAsync(IReadOnlyList<FindingForReview> findings, CancellationToken ct = default)
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
                    if (f.Suspend && c.Status == CaseStatus.Approved)
                    {
                        c.Status = CaseStatus.Suspended;
                        db.BenefitChanges.Add(new BenefitChange { CaseId = c.Id, RegionCode = c.RegionCode, Action = BenefitAction.Suspend, Reason = f.Finding, DecidedBy = db.User.UserName, DecidedAtUtc = now });
                    }

                    if (c.NextReviewOn is null || c.NextReviewOn > today)
                    {
                        c.NextReviewOn = today;
                    }

                    c.Version++;
                    db.AddEvent(c, now, f.Suspend ? "暂停发放（核对与监测）" : "提前复核（核对与监测）", f.Finding);
                }

                touched += cases[f.HouseholdId].Any() ? 1 : 0;
            }

            await db.SaveChangesAsync(ct);
        }

        return touched;
    }
}
