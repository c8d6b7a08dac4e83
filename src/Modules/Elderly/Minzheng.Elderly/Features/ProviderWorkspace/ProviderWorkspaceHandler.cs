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

public sealed record ClientRow(Guid PersonId, string Name, string IdNumberMasked, int Age, string RegionCode, string AgreementNo, DateOnly BedSince, DateOnly? LastServiceOn, int ServicesThisMonth);

public sealed record ProviderDeliveryRow(string Client, DeliveryRow Delivery);

public sealed record ProviderWorkspaceView(ProviderRow Provider, IReadOnlyList<ClientRow> Clients, IReadOnlyList<ProviderDeliveryRow> Deliveries, IReadOnlyList<InspectionRow> Inspections);

/// <summary>
/// 机构工作台: a provider account's own clients (elders with an open home care bed with it), the visits it records for
/// them and its own safety inspections. Nobody else's clients, whatever the account's region.
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
        var clientIds = beds.Select(b => b.PersonId).ToList();
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

        var clients = beds.Where(b => people.ContainsKey(b.PersonId)).Select(b =>
        {
            var p = people[b.PersonId];
            var last = lastVisits.GetValueOrDefault(b.PersonId);
            return new ClientRow(p.Id, p.Name, p.IdNumberMasked, Domain.Ages.On(p.BirthDate, today), p.RegionCode, b.AgreementNo, b.StartsOn,
                last is null ? null : DateOnly.FromDateTime(ShanghaiClock.ToShanghai(last.Last)), last?.ThisMonth ?? 0);
        }).OrderBy(c => c.RegionCode).ThenBy(c => c.Name).ToList();

        var rows = deliveries.Select(d => new ProviderDeliveryRow(people.TryGetValue(d.PersonId, out var p) ? p.Name : "—",
            new DeliveryRow(d.Id, provider.Name, d.Items, d.Staff, ShanghaiClock.ToShanghai(d.CheckInUtc), ShanghaiClock.ToShanghai(d.CheckOutUtc), (int)(d.CheckOutUtc - d.CheckInUtc).TotalMinutes,
                d.Rating, d.SubsidyFen, HomeCareHandler.EventKey(d.Id)))).ToList();
        return new ProviderWorkspaceView(ProvidersHandler.Row(provider), clients, rows, await inspections.ListForAsync(provider.Id, ct));
    }

    /// <summary>A visit to one of the provider's own clients, on the provider's name whatever the request says.</summary>
    public async Task<DeliveryRow> RecordDeliveryAsync(Guid personId, DeliveryRequest request, CancellationToken ct = default)
    {
        var provider = await accounts.CurrentProviderAsync(ct);
        var isClient = await db.Beds.AnyAsync(b => b.PersonId == personId && b.ProviderId == provider.Id && b.EndedOn == null, ct);
        var person = isClient ? await persons.FindAsync(personId, ct) : null;
        if (person is null)
        {
            throw new NotFoundException("该老人不是本机构的服务对象");
        }

        return await homeCare.RecordDeliveryForAsync(person, provider, request with { ProviderId = provider.Id }, ct);
    }
}
