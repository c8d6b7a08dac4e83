using Minzheng.Kernel.Identity;
using Minzheng.Platform.Security;
using Minzheng.Registry.Data;
using Minzheng.Registry.Domain;
using Minzheng.Registry.Features.CreateHousehold;

namespace Minzheng.Registry.Features.Shared;

/// <summary>Adds a validated household, its members and their registration events to the context (not saved).</summary>
internal sealed class HouseholdWriter(RegistryDbContext db, FieldProtector protector, PersonFactory persons)
{
    public Household Add(CreateHouseholdRequest request, IdNumber[] ids, string number, DateOnly today, DateTime nowUtc)
    {
        var household = new Household
        {
            Id = Guid.NewGuid(),
            Number = number,
            RegionCode = request.RegionCode,
            Kind = request.Kind,
            Address = request.Address.Trim(),
            BankName = string.IsNullOrWhiteSpace(request.BankName) ? null : request.BankName.Trim(),
            BankAccountCipher = string.IsNullOrWhiteSpace(request.BankAccount) ? null : protector.Encrypt(request.BankAccount.Trim()),
            BankAccountMasked = string.IsNullOrWhiteSpace(request.BankAccount) ? null : Masking.BankAccount(request.BankAccount.Trim()),
            CreatedAtUtc = nowUtc,
        };
        db.Households.Add(household);
        for (var i = 0; i < request.Members.Count; i++)
        {
            var m = request.Members[i];
            var person = persons.Create(m.Name, ids[i], m.Phone, household.RegionCode, household.Id, m.Relation);
            db.Persons.Add(person);
            if (m.Relation == Relation.Head)
            {
                household.HeadPersonId = person.Id;
            }

            db.PersonEvents.Add(new PersonEvent
            {
                PersonId = person.Id, Type = PersonEventType.Registered, Date = today, ToHouseholdId = household.Id,
                RegionCode = household.RegionCode, RecordedBy = db.User.UserName, RecordedAtUtc = nowUtc,
            });
        }

        return household;
    }
}
