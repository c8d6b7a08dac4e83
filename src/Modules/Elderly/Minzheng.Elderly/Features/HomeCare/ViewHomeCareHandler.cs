using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.HomeCare;

/// <summary>
/// One elder's home care at a glance: 家庭养老床位 (the open one first), the latest visits and orders.
/// </summary>
internal sealed class ViewHomeCareHandler(ElderlyDbContext db, IPersonDirectory persons, TimeProvider clock)
{
    public async Task<HomeCareView> HandleAsync(Guid personId, CancellationToken ct = default)
    {
        _ = await persons.FindAsync(personId, ct) ?? throw new NotFoundException("人员不存在或不在您的管辖范围内");
        var names = await db.Providers.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var beds = (await db.Beds.AsNoTracking().Where(b => b.PersonId == personId).OrderByDescending(b => b.StartsOn).ToListAsync(ct))
            .Select(b => new BedRow(b.Id, names.GetValueOrDefault(b.ProviderId, "?"), b.AgreementNo, b.StartsOn, b.EndedOn, Split(b.FitOut))).ToList();
        var deliveries = (await db.Deliveries.AsNoTracking().Where(d => d.PersonId == personId).OrderByDescending(d => d.CheckInUtc).Take(50).ToListAsync(ct))
            .Select(d => DeliveryRow.Of(d, names.GetValueOrDefault(d.ProviderId, "?"))).ToList();
        var today = clock.Today();
        var orders = (await db.Orders.AsNoTracking().Where(o => o.PersonId == personId).OrderByDescending(o => o.CreatedAtUtc).Take(20).ToListAsync(ct))
            .Select(o => ServiceOrders.OrderRow.Of(o, names.GetValueOrDefault(o.ProviderId, "?"), string.Empty, today)).ToList();
        return new HomeCareView(beds.FirstOrDefault(b => b.EndedOn is null), beds, deliveries, orders);
    }

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
