using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Contracts;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Platform.Data;

namespace Minzheng.Assistance.Features.ForMonitoring;

/// <summary>What monitoring reads from social assistance: covered households, applications awaiting 核对. Findings come back as events (HoldForReview).</summary>
internal sealed class AssistanceCasesForMonitoring(AssistanceDbContext db, TimeProvider clock) : IAssistanceCases
{
    /// <summary>The monitored category of a household whose only benefit is a member's disability subsidy.</summary>
    public const string DisabilitySubsidyCode = "disability_subsidy";

    public async Task<IReadOnlyList<CoveredHousehold>> CoveredAsync(CancellationToken ct = default)
    {
        // The monitored categories are the routed programmes (MATCHING.md); a subsidy or a one-off grant does not make a
        // household one, nor a 刚性支出困难 recognition past its last day.
        var today = clock.Today();
        var approved = await db.Cases.AsNoTracking().Where(c => (c.Status == CaseStatus.Approved || c.Status == CaseStatus.Suspended) && ProgrammeLabels.Routed.Contains(c.Programme))
            .Where(CaseQueries.ValidOn(today))
            .Select(c => new { c.HouseholdId, c.HouseholdNumber, c.RegionCode, c.Programme, c.HouseholdEdge, c.CreatedAtUtc })
            .ToListAsync(ct);

        // A disability subsidy's recipient is monitored too (a death must stop it; 护理补贴 is not means-tested, so most
        // are on no routed programme): such a household is watched as "disability_subsidy".
        var routed = approved.Select(c => c.HouseholdId).ToHashSet();
        var subsidised = (await db.Cases.AsNoTracking().Where(c => (c.Status == CaseStatus.Approved || c.Status == CaseStatus.Suspended)
                && (c.Programme == Programme.DisabilityLiving || c.Programme == Programme.DisabilityCare))
            .Select(c => new { c.HouseholdId, c.HouseholdNumber, c.RegionCode }).ToListAsync(ct))
            .Where(c => !routed.Contains(c.HouseholdId)).DistinctBy(c => c.HouseholdId)
            .Select(c => new CoveredHousehold(c.HouseholdId, c.HouseholdNumber, c.RegionCode, DisabilitySubsidyCode));

        // One household, one programme: the latest approved application stands. A 单人保 inside a 边缘 household leaves
        // the household 边缘 (its member's 低保 is paid by the payroll all the same).
        return approved.GroupBy(c => c.HouseholdId)
            .Select(g => g.OrderByDescending(c => c.CreatedAtUtc).First())
            .Select(c => new CoveredHousehold(c.HouseholdId, c.HouseholdNumber, c.RegionCode, ProgrammeLabels.Code(c.HouseholdEdge ? Programme.Edge : c.Programme)))
            .Concat(subsidised)
            .ToList();
    }

    public async Task<CaseForVerification?> FindForVerificationAsync(Guid caseId, CancellationToken ct = default) =>
        await db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new CaseForVerification(c.Id, c.Number, c.HouseholdId, c.HouseholdNumber, c.RegionCode, c.ConsentSm3 != "", c.ConsentSm3))
            .FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<BenefitInForce>> InForceAsync(Guid householdId, CancellationToken ct = default)
    {
        var today = clock.Today();
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.HouseholdId == householdId && (c.Status == CaseStatus.Approved || c.Status == CaseStatus.Suspended) && c.Programme != Programme.Temporary)
            .Where(CaseQueries.ValidOn(today))
            .Select(c => new { c.Programme, c.PersonId, c.HouseholdEdge })
            .ToListAsync(ct);
        return cases.Select(c => new BenefitInForce(ProgrammeLabels.Code(c.Programme), c.PersonId))
            .Concat(cases.Where(c => c.HouseholdEdge).Select(_ => new BenefitInForce(ProgrammeLabels.Code(Programme.Edge), null)))
            .Distinct().ToList();
    }
}
