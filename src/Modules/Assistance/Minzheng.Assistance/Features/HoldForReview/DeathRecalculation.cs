using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Assistance.Domain.Programmes;
using Minzheng.Assistance.Features.ComputeBenefit;
using Minzheng.Assistance.Features.ManageBenefit;
using Minzheng.Assistance.Features.Shared;
using Minzheng.Kernel.Money;

namespace Minzheng.Assistance.Features.HoldForReview;

/// <summary>
/// A household's 低保 after a covered member's death: the case's stored facts and incomes without them, computed again at
/// 低保's level with the settings of today; the new amount is paid from the next month (a 增发/减发 kept as a benefit change
/// and published to the ledger) and the review brought forward. False when the household no longer qualifies as it
/// stands: the caller holds the benefit for the town's review instead.
/// </summary>
internal sealed class DeathRecalculation(AssistanceDbContext db, CaseComputation computation)
{
    public async Task<bool> ApplyAsync(AssistanceCase c, Guid deceased, string finding, DateOnly today, DateTime now, CancellationToken ct)
    {
        var facts = JsonSerializer.Deserialize<Assessment>(c.AssessmentJson!)!;
        var remaining = facts with { Members = [.. facts.Members.Where(m => m.PersonId != deceased)] };
        var incomes = await db.Incomes.AsNoTracking().Where(i => i.CaseId == c.Id && i.PersonId != deceased).ToListAsync(ct);
        var result = await computation.ComputeAsync(c, incomes, remaining, today, ct, from: Programme.Dibao);
        if (result.Programme != Programme.Dibao || result.MonthlyFen <= 0)
        {
            return false;
        }

        var next = new DateOnly(today.Year, today.Month, 1).AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var before = c.AmountFor(next, await db.BenefitChanges.Where(x => x.CaseId == c.Id).ToListAsync(ct));
        string note;
        if (before > 0 && before != result.MonthlyFen)
        {
            var change = new BenefitChange
            {
                CaseId = c.Id, RegionCode = c.RegionCode, Action = BenefitAction.ChangeAmount, FromMonth = next, AmountFen = result.MonthlyFen,
                Reason = $"{finding}；按其余 {result.Covered} 人重新计算", DecidedBy = db.User.UserName, DecidedAtUtc = now,
            };
            db.BenefitChanges.Add(change);
            db.Outbox.Add(ManageBenefitHandler.Event(c, change, now));
            note = $"{(result.MonthlyFen < before ? "减发" : "增发")}：自 {next} 起 {new Money(before)} → {new Money(result.MonthlyFen)}/月（按其余 {result.Covered} 人计算）；{finding}";
        }
        else
        {
            note = $"按其余 {result.Covered} 人重新计算，月保障金额不变；{finding}";
        }

        c.HoldForReview(suspend: false, today);
        db.AddEvent(c, now, "家庭成员死亡：重新计算", note);
        return true;
    }
}
