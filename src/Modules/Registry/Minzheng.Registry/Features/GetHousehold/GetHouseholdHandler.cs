using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Registry.Data;
using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Features.GetHousehold;

/// <summary>A household with members (masked) and history; a household outside the user's regions is "not found".</summary>
internal sealed class GetHouseholdHandler(RegistryDbContext db, TimeProvider clock)
{
    public async Task<HouseholdDetail> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var h = await db.Households.AsNoTracking().Include(x => x.Members).FirstOrDefaultAsync(x => x.Id == id, ct)
                ?? throw new NotFoundException("户不存在或不在您的管辖范围内");
        var region = await db.Regions.AsNoTracking().Where(r => r.Code == h.RegionCode).Select(r => r.Name).FirstOrDefaultAsync(ct);
        var today = clock.Today();
        var members = h.Members
            .OrderBy(m => m.Relation).ThenBy(m => m.BirthDate)
            .Select(m => new MemberRow(m.Id, m.Name, m.IdNumberMasked, RegistryLabels.Of(m.Sex), m.BirthDate,
                Age(m.BirthDate, today),
                RegistryLabels.Of(m.Relation), m.Id == h.HeadPersonId, RegistryLabels.Of(m.Status), m.PhoneMasked, m.PhoneCipher is not null,
                m.Version, m.Status == PersonStatus.Alive))
            .ToList();
        var personIds = h.Members.Select(m => m.Id).ToList();
        var events = await db.PersonEvents.AsNoTracking()
            .Where(e => e.ToHouseholdId == id || e.FromHouseholdId == id
                        || (personIds.Contains(e.PersonId) && (e.Type == PersonEventType.Deceased || e.Type == PersonEventType.MovedOut)))
            .OrderByDescending(e => e.Id)
            .ToListAsync(ct);
        var eventPeople = events.Select(e => e.PersonId).Distinct().ToList();
        var names = await db.Persons.AsNoTracking().Where(p => eventPeople.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var history = events.Select(e => new EventRow(e.Date, names.GetValueOrDefault(e.PersonId, "?"),
            e.FromHouseholdId == id && e.Type == PersonEventType.MovedHousehold ? "迁出本户" : PersonEvent.Label(e.Type), e.Note, e.RecordedBy)).ToList();
        return new HouseholdDetail(h.Id, h.Number, h.RegionCode, region ?? h.RegionCode, h.Kind, RegistryLabels.Of(h.Kind), h.Address,
            h.BankName, h.BankAccountMasked, h.BankAccountCipher is not null, h.Version, members, history);
    }

    private static int Age(DateOnly birth, DateOnly today)
    {
        var age = today.Year - birth.Year;
        return birth.AddYears(age) > today ? age - 1 : age;
    }
}
