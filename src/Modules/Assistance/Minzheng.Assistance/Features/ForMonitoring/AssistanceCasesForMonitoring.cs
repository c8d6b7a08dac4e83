using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Contracts;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Features.Shared;
using Minzheng.Platform.Data;

namespace Minzheng.Assistance.Features.ForMonitoring;

/// <summary>What monitoring reads from social assistance (covered households, applications awaiting 核对) and hands back (findings to review).</summary>
internal sealed class AssistanceCasesForMonitoring(AssistanceDbContext db, TimeProvider clock) : IAssistanceCases
{
    public async Task<IReadOnlyList<CoveredHousehold>> CoveredAsync(CancellationToken ct = default)
    {
        var approved = await db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Approved || c.Status == CaseStatus.Suspended)
            .Select(c => new { c.HouseholdId, c.HouseholdNumber, c.RegionCode, c.Programme, c.CreatedAtUtc })
            .ToListAsync(ct);

        // One household, one programme: the latest approved application stands.
        return approved.GroupBy(c => c.HouseholdId)
            .Select(g => g.OrderByDescending(c => c.CreatedAtUtc).First())
            .Select(c => new CoveredHousehold(c.HouseholdId, c.HouseholdNumber, c.RegionCode, ProgrammeCode(c.Programme)))
            .ToList();
    }

    public async Task<CaseForVerification?> FindForVerificationAsync(Guid caseId, CancellationToken ct = default) =>
        await db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new CaseForVerification(c.Id, c.Number, c.HouseholdId, c.HouseholdNumber, c.RegionCode, c.ConsentSm3 != "", c.ConsentSm3))
            .FirstOrDefaultAsync(ct);

    public async Task<bool> HoldForReviewAsync(Guid householdId, string finding, bool suspend, CancellationToken ct = default)
    {
        var c = await db.Cases.Where(x => x.HouseholdId == householdId && (x.Status == CaseStatus.Approved || x.Status == CaseStatus.Suspended))
            .OrderByDescending(x => x.CreatedAtUtc).FirstOrDefaultAsync(ct);
        if (c is null)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (suspend && c.Status == CaseStatus.Approved)
        {
            c.Status = CaseStatus.Suspended;
            db.BenefitChanges.Add(new BenefitChange { CaseId = c.Id, RegionCode = c.RegionCode, Action = BenefitAction.Suspend, Reason = finding, DecidedBy = db.User.UserName, DecidedAtUtc = now });
        }

        var today = clock.Today();
        if (c.NextReviewOn is null || c.NextReviewOn > today)
        {
            c.NextReviewOn = today;
        }

        c.Version++;
        db.AddEvent(c, now, suspend ? "暂停发放（核对与监测）" : "提前复核（核对与监测）", finding);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static string ProgrammeCode(Programme programme) => programme switch
    {
        Programme.Dibao => "dibao",
        _ => "other",
    };
}
