using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Services;
using Minzheng.Elderly.Features.HomeCare;
using Minzheng.Elderly.Features.Inspections;
using Minzheng.Elderly.Features.ProviderAccounts;
using Minzheng.Elderly.Features.Providers;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.ProviderWorkspace;

/// <summary>
/// A client and why: a home care bed (its agreement number, since), a 助餐登记 (since) or an open order only. Services
/// are visits for home-service providers and institutions, meals for a meal point.
/// </summary>
public sealed record ClientRow(Guid PersonId, string Name, string IdNumberMasked, int Age, string RegionCode, string Basis, DateOnly? Since, DateOnly? LastServiceOn, int ServicesThisMonth);

public sealed record ProviderDeliveryRow(string Client, DeliveryRow Delivery);

public sealed record ProviderMealRow(string Client, Meals.MealRow Meal);

public sealed record ProviderWorkspaceView(ProviderRow Provider, bool IsMealPoint, IReadOnlyList<ClientRow> Clients, IReadOnlyList<ServiceOrders.OrderRow> Orders, IReadOnlyList<ProviderDeliveryRow> Deliveries,
    IReadOnlyList<ProviderMealRow> Meals, IReadOnlyList<InspectionRow> Inspections);

/// <summary>
/// 机构工作台: a provider account's own clients (elders with an open home care bed with it, an open order to it, or — for
/// a meal point — a 助餐登记 there), the visits or meals it records for them and its own safety inspections. Nobody else's
/// clients, whatever the account's region.
/// </summary>
internal sealed class ProviderWorkspaceHandler(ElderlyDbContext db, ProviderAccountsHandler accounts, ServiceDeliveriesHandler visits, Meals.RecordMealHandler meals, ListInspectionsHandler inspections,
    IPersonDirectory persons, TimeProvider clock)
{
    public async Task<ProviderWorkspaceView> ViewAsync(CancellationToken ct = default)
    {
        var provider = await accounts.CurrentProviderAsync(ct);
        var today = clock.Today();
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var monthStartUtc = ShanghaiClock.StartOfDayUtc(monthStart);
        var beds = await db.Beds.AsNoTracking().Where(b => b.ProviderId == provider.Id && b.EndedOn == null).ToListAsync(ct);
        var diners = await db.MealEnrolments.AsNoTracking().Where(e => e.ProviderId == provider.Id && e.EndedOn == null).ToListAsync(ct);
        var orders = await db.Orders.AsNoTracking().Where(o => o.ProviderId == provider.Id && o.Status == OrderStatus.Open).OrderBy(o => o.DueOn).ToListAsync(ct);
        var deliveries = await db.Deliveries.AsNoTracking().Where(d => d.ProviderId == provider.Id).OrderByDescending(d => d.CheckInUtc).Take(50).ToListAsync(ct);
        var mealRecords = await db.Meals.AsNoTracking().Where(m => m.ProviderId == provider.Id).OrderByDescending(m => m.ServedOn).ThenByDescending(m => m.CreatedAtUtc).Take(50).ToListAsync(ct);

        // Why each is a client, in order of precedence: a bed, a 助餐登记, an open order.
        var basis = new Dictionary<Guid, (string Basis, DateOnly? Since)>();
        foreach (var b in beds)
        {
            basis.TryAdd(b.PersonId, ($"家庭养老床位 {b.AgreementNo}", b.StartsOn));
        }

        foreach (var e in diners)
        {
            basis.TryAdd(e.PersonId, ("助餐登记", e.Since));
        }

        foreach (var o in orders)
        {
            basis.TryAdd(o.PersonId, ("上门服务工单", null));
        }

        var clientIds = basis.Keys.ToList();
        var served = provider.Kind == ProviderKind.MealPoint
            ? await db.Meals.AsNoTracking().Where(m => m.ProviderId == provider.Id && clientIds.Contains(m.PersonId)).GroupBy(m => m.PersonId)
                .Select(g => new { PersonId = g.Key, Last = g.Max(m => m.ServedOn), ThisMonth = g.Count(m => m.ServedOn >= monthStart) }).ToDictionaryAsync(x => x.PersonId, x => (x.Last, x.ThisMonth), ct)
            : (await db.Deliveries.AsNoTracking().Where(d => d.ProviderId == provider.Id && clientIds.Contains(d.PersonId)).GroupBy(d => d.PersonId)
                .Select(g => new { PersonId = g.Key, Last = g.Max(d => d.CheckInUtc), ThisMonth = g.Count(d => d.CheckInUtc >= monthStartUtc) }).ToListAsync(ct))
                .ToDictionary(x => x.PersonId, x => (DateOnly.FromDateTime(ShanghaiClock.ToShanghai(x.Last)), x.ThisMonth));

        var people = new Dictionary<Guid, PersonSnapshot>();
        foreach (var id in clientIds.Concat(deliveries.Select(d => d.PersonId)).Concat(mealRecords.Select(m => m.PersonId)).Distinct())
        {
            if (await persons.FindAsync(id, ct) is { } p)
            {
                people[id] = p;
            }
        }

        string NameOf(Guid id) => people.TryGetValue(id, out var p) ? p.Name : "—";
        var clients = clientIds.Where(people.ContainsKey).Select(id =>
        {
            var p = people[id];
            var last = served.TryGetValue(id, out var x) ? x : ((DateOnly, int)?)null;
            return new ClientRow(p.Id, p.Name, p.IdNumberMasked, Domain.Ages.On(p.BirthDate, today), p.RegionCode, basis[id].Basis, basis[id].Since, last?.Item1, last?.Item2 ?? 0);
        }).OrderBy(c => c.RegionCode).ThenBy(c => c.Name).ToList();

        return new ProviderWorkspaceView(ProviderRow.Of(provider), provider.Kind == ProviderKind.MealPoint, clients,
            orders.Where(o => people.ContainsKey(o.PersonId)).Select(o => ServiceOrders.OrderRow.Of(o, provider.Name, NameOf(o.PersonId), today)).ToList(),
            deliveries.Select(d => new ProviderDeliveryRow(NameOf(d.PersonId), DeliveryRow.Of(d, provider.Name))).ToList(),
            mealRecords.Select(m => new ProviderMealRow(NameOf(m.PersonId), new Meals.MealRow(m.Id, provider.Name, m.ServedOn, m.Meals, m.SubsidyFen, Meals.MealRow.EventKeyOf(m.Id)))).ToList(),
            await inspections.ListForAsync(provider.Id, ct));
    }

    /// <summary>A meal point's meals for one of its registered diners, at that meal point whatever the request says.</summary>
    public async Task<Meals.MealRow> RecordMealAsync(Guid personId, Meals.MealRequest request, CancellationToken ct = default)
    {
        var provider = await accounts.CurrentProviderAsync(ct);
        var isDiner = await db.MealEnrolments.AnyAsync(e => e.PersonId == personId && e.ProviderId == provider.Id && e.EndedOn == null, ct);
        var person = isDiner ? await persons.FindAsync(personId, ct) : null;
        if (person is null)
        {
            throw new NotFoundException("该老人未在本助餐点登记就餐");
        }

        return await meals.RecordForAsync(person, provider, request with { ProviderId = provider.Id }, ct);
    }

    /// <summary>A visit to one of the provider's own clients, on the provider's name whatever the request says.</summary>
    public async Task<DeliveryRow> RecordDeliveryAsync(Guid personId, DeliveryRequest request, CancellationToken ct = default)
    {
        var provider = await accounts.CurrentProviderAsync(ct);
        var isClient = await db.Beds.AnyAsync(b => b.PersonId == personId && b.ProviderId == provider.Id && b.EndedOn == null, ct)
            || await db.Orders.AnyAsync(o => o.PersonId == personId && o.ProviderId == provider.Id && o.Status == OrderStatus.Open, ct);
        var person = isClient ? await persons.FindAsync(personId, ct) : null;
        if (person is null)
        {
            throw new NotFoundException("该老人不是本机构的服务对象");
        }

        return await visits.RecordDeliveryForAsync(person, provider, request with { ProviderId = provider.Id }, ct);
    }

    /// <summary>The photo of one of the provider's own visits.</summary>
    public async Task<(string Name, byte[] Bytes)> PhotoAsync(Guid deliveryId, CancellationToken ct = default)
    {
        var provider = await accounts.CurrentProviderAsync(ct);
        if (!await db.Deliveries.AnyAsync(d => d.Id == deliveryId && d.ProviderId == provider.Id, ct))
        {
            throw new NotFoundException("服务记录不存在");
        }

        return await visits.PhotoOfAsync(deliveryId, ct);
    }
}
