using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Assistance.Features.ComputeBenefit;
using Minzheng.Platform.Errors;
using Minzheng.Registry.Contracts;

namespace Minzheng.Assistance.Features.AdvanceCase;

/// <summary>
/// 登记入户调查: the incomes and facts found, checked against the household as applied (every problem named by field),
/// then the computation for the case's kind — the routed levels, a member's disability subsidy, or a 临时救助 — stored
/// with its explanation. Re-recorded after an objection, the routing starts again from the level applied for.
/// </summary>
internal sealed class Investigation(AssistanceDbContext db, CaseComputation computation, Minzheng.Platform.Settings.SettingsReader settings)
{
    public async Task RecordAsync(AssistanceCase c, IReadOnlyList<IncomeInput> inputs, AssessmentInput? assessment, DateOnly today, CancellationToken ct)
    {
        var snapshot = JsonSerializer.Deserialize<HouseholdSnapshot>(c.SnapshotJson)!;
        var alive = snapshot.Members.Where(m => m.Alive).Select(m => m.PersonId).ToHashSet();
        var errors = new FieldErrors();
        var incomes = new List<CaseIncome>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (input.PersonId is not { } person || !alive.Contains(person))
            {
                errors.Add($"incomes[{i}].personId", "收入须属于申请时的共同生活家庭成员");
            }
            else if (input.Type is null)
            {
                errors.Add($"incomes[{i}].type", "请选择收入类型");
            }
            else if (YuanInput.Fen(input.MonthlyYuan ?? -1, $"incomes[{i}].monthlyYuan", "月收入", errors) is { } fen)
            {
                incomes.Add(new CaseIncome { CaseId = c.Id, PersonId = person, Type = input.Type.Value, MonthlyFen = fen });
            }
        }

        var facts = AssessmentReader.Read(assessment, snapshot, today, errors);
        errors.ThrowIfAny();

        db.Incomes.RemoveRange(c.Incomes);
        c.Incomes.Clear();
        db.Incomes.AddRange(incomes);
        BenefitResult result;
        if (c.Programme == Programme.Temporary)
        {
            if (facts.Temporary is not { } grant)
            {
                throw new InputValidationException("assessment.temporary", "请填写临时救助的类型、事由和拟救助金额");
            }

            var cause = grant.Cause.ToString();
            var yearAgo = today.AddYears(-1);
            var sameCause = await db.Cases.AnyAsync(x => x.HouseholdId == c.HouseholdId && x.Id != c.Id && x.Programme == Programme.Temporary
                && x.Status == CaseStatus.Approved && x.Cause == cause && x.BenefitFrom >= yearAgo, ct);
            (result, c.TownMayApprove) = await computation.ComputeTemporaryAsync(c, incomes, facts, sameCause, today, ct);
            c.Cause = cause;
        }
        else
        {
            result = ProgrammeLabels.ForOnePerson(c.Programme)
                ? await computation.ComputeSubsidyAsync(c, facts, await OnDibaoAsync(c, today, ct), today, ct)
                : await computation.ComputeAsync(c, incomes, facts, today, ct);
        }

        // An objection reopens the investigation: the routing starts again from the level applied for.
        c.Programme = result.Programme ?? c.RequestedProgramme;
        c.CoveredMembers = result.Covered;
        c.HouseholdEdge = result.HouseholdEdge;
        c.MonthlyAmountFen = result.MonthlyFen;
        c.ExplanationJson = result.ToJson();
        c.AssessmentJson = JsonSerializer.Serialize(facts);
    }

    /// <summary>
    /// The person is covered by 低保 now (approved, or held pending review) — the 生活补贴's condition: the applicant's own
    /// coverage, so a 单人保 of another member of an 边缘 household, or a member left out of the household, does not count.
    /// </summary>
    private async Task<bool> OnDibaoAsync(AssistanceCase c, DateOnly today, CancellationToken ct)
    {
        // Where the setting extends the 生活补贴 to 低保边缘家庭, a recognised 边缘 household counts too.
        var edge = await settings.RequireLongAsync("disability.living_includes_edge", Minzheng.Kernel.Regions.RegionCode.Parse(c.RegionCode), today, ct) == 1;
        var dibao = await db.Cases.AsNoTracking()
            .Where(x => x.HouseholdId == c.HouseholdId && (x.Programme == Programme.Dibao || (edge && x.Programme == Programme.Edge))
                && (x.Status == CaseStatus.Approved || x.Status == CaseStatus.Suspended))
            .ToListAsync(ct);
        return c.PersonId is { } person && dibao.Any(x => (edge && (x.Programme == Programme.Edge || x.HouseholdEdge)) || CoveredPersons.Covers(x, person));
    }

}
