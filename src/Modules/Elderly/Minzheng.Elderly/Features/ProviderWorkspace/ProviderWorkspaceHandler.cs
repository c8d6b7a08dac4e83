using Microsoft.EntityFrameworkCore;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Features.HomeCare;
using Minzheng.Elderly.Features.Inspections;
using Minzheng.Elderly.Features.ProviderAccounts;
using Minzheng.Elderly.Features.Providers;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.ProviderWorkspace;

/// <summary>A client: with a home care bed (agreement, since) or an open order only (no bed).</summary>
public sealed record ClientRow(Guid PersonId, string Name, string IdNumberMasked, int Age, string RegionCode, string? AgreementNo, DateOnly? BedSince, DateOnly? LastServiceOn, int ServicesThisMonth);

public sealed record ProviderDeliveryRow(string Client, DeliveryRow Delivery);

public sealed record ProviderWorkspaceView(ProviderRow Provider, IReadOnlyList<ClientRow> Clients, IReadOnlyList<ServiceOrders.OrderRow> Orders, IReadOnlyList<ProviderDeliveryRow> Deliveries, IReadOnlyList<InspectionRow> Inspections);

/// <summary>
/// 机构工作台: a provider account's own clients (elders with an open home care bed with it, or an open order to it), the
/// visits it records for them and its own safety inspections. Nobody else's clients, whatever the account's region.
/// </summary>
internal sealed class ProviderWorkspaceHandler(ElderlyDbContext db, ProviderAccountsHandler accounts, HomeCareHandler homeCare, InspectionsHandler inspections, IPersonDirectory persons, TimeProvider clock)
{
    public async Task<ProviderWorkspaceView> ViewAsync(CancellationToken ct = default)
    {
        var provider = await accounts.CurrentProviderAsync(ct);
        var today = clock.Today();
        var monthStart = ShanghaiClock.StartOfDayUtc(new DateOnly(today.Year, today.Month, 1));
        var beds = await db.Beds.AsNoTracking().Where(b => b.ProviderId == provider.Id && b.EndedOn == null).ToListAsync(ct);
        var deliveries = await db.Deliveries.AsNoTracking().Where(d => d.ProviderId == provider.Id).OrderByDescending(d => d.CheckInUtc).Take(50).ToListAsync(ct);
        var orders = await db.Orders.AsNoTracking().Where(o => o.ProviderId == provider.Id && o.Status == Domain.Services.OrderStatus.Open).OrderBy(o => o.DueOn).ToListAsync(ct);
        var clientIds = beds.Select(b => b.PersonId).Concat(orders.Select(o => o.PersonId)).Distinct().ToList();
        var lastVisits = await db.Deliveries.AsNoTracking().Where(d => d.ProviderId == provider.Id && clientIds.Contains(d.PersonId))
            .GroupBy(d => d.PersonId)
            .Select(g => new { PersonId = g.Key, Last = g.Max(d => d.CheckInUtc), ThisMonth = g.Count(d => d.CheckInUtc >= monthStart) })
            .ToDictionaryAsync(x => x.PersonId, ct);

        var people = new Dictionary<Guid, PersonSnapshot>();
        foreach (var id in clientIds.Concat(deliveries.Select(d => d.PersonId)).Distinct())
        {
            if (await persons.FindAsync(id, ct) is { } p)
            {
                people[id] = p;
            }
        }

        var clients = clientIds.Where(people.ContainsKey).Select(id =>
        {
            var p = people[id];
            var bed = beds.FirstOrDefault(b => b.PersonId == id);
            var last = lastVisits.GetValueOrDefault(id);
            return new ClientRow(p.Id, p.Name, p.IdNumberMasked, Domain.Ages.On(p.BirthDate, today), p.RegionCode, bed?.AgreementNo, bed?.StartsOn,
                last is null ? null : DateOnly.FromDateTime(ShanghaiClock.ToShanghai(last.Last)), last?.ThisMonth ?? 0);
        }).OrderBy(c => c.RegionCode).ThenBy(c => c.Name).ToList();
        var orderRows = orders.Where(o => people.ContainsKey(o.PersonId)).Select(o => ServiceOrders.OrderRow.Of(o, provider.Name, people[o.PersonId].Name, today)).ToList();

        var rows = deliveries.Select(d => new ProviderDeliveryRow(people.TryGetValue(d.PersonId, out var p) ? p.Name : "—", DeliveryRow.Of(d, provider.Name))).ToList();
        return new ProviderWorkspaceView(ProvidersHandler.Row(provider), clients, orderRows, rows, await inspections.ListForAsync(provider.Id, ct));
    }

    /// <summary>A visit to one of the provider's own clients, on the provider's name whatever the request says.</summary>
    public async Task<DeliveryRow> RecordDeliveryAsync(Guid personId, DeliveryRequest request, CancellationToken ct = default)
    {
        var provider = await accounts.CurrentProviderAsync(ct);
        var isClient = await db.Beds.AnyAsync(b => b.PersonId == personId && b.ProviderId == provider.Id && b.EndedOn == null, ct)
            || await db.Orders.AnyAsync(o => o.PersonId == personId && o.ProviderId == provider.Id && o.Status == Domain.Services.OrderStatus.Open, ct);
        var person = isClient ? await persons.FindAsync(personId, ct) : null;
        if (person is null)
        {
            throw new NotFoundException("该老人不是本机构的服务对象");
        }

        return await homeCare.RecordDeliveryForAsync(person, provider, request with { ProviderId = provider.Id }, ct);
    }

    /// <summary>The photo of one of the provider's own visits.</summary>
    public async Task<(string Name, byte[] Bytes)> PhotoAsync(Guid deliveryId, CancellationToken ct = default)
    {
        var provider = await accounts.CurrentProviderAsync(ct);
        if (!await db.Deliveries.AnyAsync(d => d.Id == deliveryId && d.ProviderId == provider.Id, ct))
        {
            throw new NotFoundException("服务记录不存在");
        }

        return await homeCare.PhotoOfAsync(deliveryId, ct);
    }
}
