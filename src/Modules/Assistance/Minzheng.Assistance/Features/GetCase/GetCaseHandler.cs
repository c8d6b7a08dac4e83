using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Benefits;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Assistance.Features.ComputeBenefit;
using Minzheng.Assistance.Features.Shared;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Registry.Contracts;

namespace Minzheng.Assistance.Features.GetCase;

internal sealed class GetCaseHandler(AssistanceDbContext db, CaseDeadlines settings, Minzheng.Monitoring.Contracts.IVerifiedAssets verified, TimeProvider clock)
{
    public async Task<CaseDetail> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var c = await db.CaseAsync(id, ct, tracked: false);
        var household = JsonSerializer.Deserialize<HouseholdSnapshot>(c.SnapshotJson)!;
        var names = household.Members.ToDictionary(m => m.PersonId, m => m.Name);
        var delegated = await settings.TownApprovesAsync(c, clock.Today(), ct);
        var mine = CaseWorkflow.Open(c.Programme, c.Status).Where(a => db.User.IsInRole(CaseWorkflow.Role(a, delegated)) && db.User.Allows(c.RegionCode)).ToList();
        var changes = await db.BenefitChanges.AsNoTracking().Where(x => x.CaseId == c.Id).OrderBy(x => x.DecidedAtUtc).ToListAsync(ct);
        var today = clock.Today();
        var assessment = c.AssessmentJson is null ? null : JsonSerializer.Deserialize<Assessment>(c.AssessmentJson);
        var excluded = assessment?.Members.Where(m => !m.Counted).Select(m => m.PersonId).ToHashSet() ?? [];
        var benefitActions = Domain.Cases.BenefitWorkflow.Open(c)
            .Where(a => db.User.Allows(c.RegionCode) && db.User.IsInRole(ManageBenefit.ManageBenefitHandler.RoleFor(a, delegated)))
            .ToList();
        return new CaseDetail(
            c.Id, c.Number, ProgrammeLabels.Brief(c.Programme), c.Status, CaseLabels.Of(c.Status), c.DueOn, c.IsOverdue(clock.Today()), c.PublicityEndsOn, household, c.Members,
            c.ConsentFileName, c.ConsentSm3, c.VerificationNote, c.InvestigationNote,
            c.Incomes.Select(i => new IncomeRow(i.PersonId, names.GetValueOrDefault(i.PersonId, "?"), IncomeRules.Label(i.Type), i.MonthlyFen, IncomeRules.IsCounted(i.Type) && !excluded.Contains(i.PersonId))).ToList(),
            c.MonthlyAmountFen, BenefitResult.Read(c.ExplanationJson), c.BenefitFrom, c.RefusalReason,
            c.Events.OrderBy(e => e.AtUtc).Select(e => new TimelineRow(e.AtUtc, e.Actor, e.Step, e.Note)).ToList(), mine, c.Version,
            c.NextReviewOn, c.StopFrom, c.AmountFor(today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), changes),
            changes.Select(x => new BenefitChangeRow(x.DecidedAtUtc, BenefitLabels.Of(x.Action), x.FromMonth, x.AmountFen, x.Reason, x.DecidedBy)).ToList(), benefitActions,
            c.Programme, c.RequestedProgramme, c.CoveredMembers, c.ValidUntil, assessment, c.PersonId, c.HouseholdEdge, c.AcceptedOn, c.TotalDueOn, c.ExtensionReason,
            CaseWorkflow.IsOpen(c.Status) && c.TotalDueOn is not null && c.ExtensionReason is null && db.User.Allows(c.RegionCode)
                && db.User.IsInRole(ExtendDeadline.ExtendDeadlineHandler.RoleFor(delegated)),
            c.LapsedOn(today), c.TerminationPublicityEndsOn, c.TerminationObjectionDueOn, c.PaperworkDueOn,
            CaseWorkflow.IsOpen(c.Status) ? await verified.LatestForCaseAsync(c.Id, ct) : null,
            ArrangeSupport.ArrangeSupportHandler.View(c.Programme == Programme.Tekun ? await db.SupportArrangements.AsNoTracking().FirstOrDefaultAsync(a => a.CaseId == c.Id, ct) : null, c.ExplanationJson),
            c.Programme == Programme.Tekun && CaseWorkflow.IsCovered(c.Status) && db.User.IsInRole(Minzheng.Platform.Identity.Roles.TownCaseWorker) && db.User.Allows(c.RegionCode));
    }
}
