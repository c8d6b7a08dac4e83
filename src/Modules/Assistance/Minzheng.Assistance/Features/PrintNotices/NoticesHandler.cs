using System.Text.Json;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Features.Shared;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Security;
using Minzheng.Registry.Contracts;

namespace Minzheng.Assistance.Features.PrintNotices;

internal sealed class NoticesHandler(AssistanceDbContext db, TimeProvider clock)
{
    public async Task<PublicityNotice> PublicityAsync(Guid id, CancellationToken ct = default)
    {
        var c = await db.CaseAsync(id, ct, tracked: false);
        var posted = c.Events.Where(e => e.Step == CaseLabels.Of(CaseAction.TownApprove)).OrderBy(e => e.AtUtc).LastOrDefault();
        if (posted is null || c.Status is CaseStatus.Investigation or CaseStatus.TownReview or CaseStatus.Verification)
        {
            throw new BusinessRuleException("该申请尚未初审通过，没有公示内容");
        }

        var household = JsonSerializer.Deserialize<HouseholdSnapshot>(c.SnapshotJson)!;
        var today = clock.Today();
        var alive = household.Members.Where(m => m.Alive).ToList();
        var adults = alive.Where(m => m.BirthDate.AddYears(18) <= today)
            .Select(m => new NoticeMember(Masking.Name(m.Name), m.Relation, m.IdNumberMasked)).ToList();
        var head = alive.FirstOrDefault(m => m.Relation == "户主") ?? alive[0];
        var from = DateOnly.FromDateTime(ShanghaiClock.ToShanghai(posted.AtUtc));
        return new PublicityNotice(c.Number, household.RegionName, Masking.Name(head.Name), adults, c.CoveredMembers, c.MonthlyAmountFen ?? 0,
            from, c.PublicityEndsOn ?? from, Domain.Programmes.ProgrammeLabels.Of(c.Programme), c.RegionCode[..Math.Min(9, c.RegionCode.Length)]);
    }

    public async Task<RefusalNotice> RefusalAsync(Guid id, CancellationToken ct = default)
    {
        var c = await db.CaseAsync(id, ct, tracked: false);
        if (c.Status != CaseStatus.Refused)
        {
            throw new BusinessRuleException("该申请没有不予批准的决定");
        }

        var household = JsonSerializer.Deserialize<HouseholdSnapshot>(c.SnapshotJson)!;
        var head = household.Members.FirstOrDefault(m => m.Relation == "户主") ?? household.Members[0];
        var decision = c.Events.OrderBy(e => e.AtUtc).Last();
        return new RefusalNotice(c.Number, head.Name, household.Number, c.RefusalReason ?? string.Empty,
            DateOnly.FromDateTime(ShanghaiClock.ToShanghai(decision.AtUtc)), decision.Actor);
    }
}
