using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Assistance.Features.Shared;
using Minzheng.Platform.Data;

namespace Minzheng.Assistance.Features.ManageBenefit;

/// <summary>The 生活补贴 of the members a 低保 covers follows that 低保 when it stops (issue 18.12).</summary>
internal sealed class LivingSubsidiesFollowDibao(AssistanceDbContext db, CaseDeadlines settings, TimeProvider clock)
{
    /// <summary>
    /// 困难残疾人生活补贴 depends on the person's 低保: when 低保 stops (停发, or the end of a 渐退), the 生活补贴 of every
    /// member it covered stops from the same month, each with its own decision, event and ledger entry (unless the
    /// household is recognised as 边缘 where the setting extends the 生活补贴 to it).
    /// </summary>
    public async Task StopWithAsync(AssistanceCase dibao, string fromMonth, DateTime now, CancellationToken ct)
    {
        // Where the 生活补贴 extends to 低保边缘家庭 (a setting), a household recognised as 边缘 keeps it.
        if (await settings.IntAsync("disability.living_includes_edge", dibao.RegionCode, clock.Today(), ct) == 1
            && await db.Cases.AnyAsync(x => x.HouseholdId == dibao.HouseholdId && x.Id != dibao.Id && (x.Programme == Programme.Edge || x.HouseholdEdge)
                && (x.Status == CaseStatus.Approved || x.Status == CaseStatus.Suspended), ct))
        {
            return;
        }

        var subsidies = await db.Cases.Where(x => x.HouseholdId == dibao.HouseholdId && x.Programme == Programme.DisabilityLiving
            && (x.Status == CaseStatus.Approved || x.Status == CaseStatus.Suspended)).ToListAsync(ct);
        foreach (var s in subsidies.Where(s => s.PersonId is { } person && CoveredPersons.Covers(dibao, person)
            && (s.StopFrom is null || string.CompareOrdinal(s.StopFrom, fromMonth) > 0)))
        {
            var reason = $"低保（{dibao.Number}）自 {fromMonth} 起停发，困难残疾人生活补贴同时停发";
            var change = new BenefitChange { CaseId = s.Id, RegionCode = s.RegionCode, Action = BenefitAction.Stop, FromMonth = fromMonth, Reason = reason, DecidedBy = db.User.UserName, DecidedAtUtc = now };
            s.StopFrom = fromMonth;
            s.Manage(BenefitAction.Stop, null);
            db.BenefitChanges.Add(change);
            db.AddEvent(s, now, BenefitLabels.Of(BenefitAction.Stop), reason);
            db.Outbox.Add(ManageBenefitHandler.Event(s, change, now));
        }
    }
}
