using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Platform.Errors;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.Meals;

/// <summary>
/// One elder's 助餐: registrations at meal points and the latest meal records.
/// </summary>
internal sealed class ListMealsHandler(ElderlyDbContext db, IPersonDirectory persons)
{
    public async Task<MealsView> HandleAsync(Guid personId, CancellationToken ct = default)
    {
        _ = await persons.FindAsync(personId, ct) ?? throw new NotFoundException("人员不存在或不在您的管辖范围内");
        var names = await db.Providers.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var enrolments = (await db.MealEnrolments.AsNoTracking().Where(e => e.PersonId == personId).OrderByDescending(e => e.Since).ToListAsync(ct))
            .Select(e => new EnrolmentRow(e.Id, names.GetValueOrDefault(e.ProviderId, "?"), e.Since, e.EndedOn)).ToList();
        var meals = (await db.Meals.AsNoTracking().Where(m => m.PersonId == personId).OrderByDescending(m => m.ServedOn).Take(60).ToListAsync(ct))
            .Select(m => new MealRow(m.Id, names.GetValueOrDefault(m.ProviderId, "?"), m.ServedOn, m.Meals, m.SubsidyFen, MealRow.EventKeyOf(m.Id))).ToList();
        return new MealsView(enrolments, meals);
    }
}
