using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Security;
using Minzheng.Registry.Data;
using Minzheng.Registry.Domain;
using Minzheng.Registry.Features.Shared;

namespace Minzheng.Registry.Features.AddMember;

/// <summary>Registers a new person into an existing household. A person already registered is moved instead, never duplicated.</summary>
internal sealed class AddMemberHandler(RegistryDbContext db, FieldProtector protector, PersonFactory persons, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(Guid householdId, MemberInput input, CancellationToken ct = default)
    {
        db.EnsureMayEdit();

        var household = await db.HouseholdInScopeAsync(householdId, ct);
        var today = clock.Today();
        var errors = new FieldErrors();
        errors.Add("name", InputRules.Name(input.Name));
        var idError = InputRules.IdNumber(input.IdNumber, today, out var id);
        errors.Add("idNumber", idError);
        errors.Add("phone", InputRules.Phone(input.Phone));
        if (input.Relation == Relation.Head)
        {
            errors.Add("relation", "本户已有户主，新成员不能登记为户主");
        }

        if (idError is null && (await DuplicateIdCheck.ExistingAsync(db, protector, [id.Value], ct)).Count > 0)
        {
            errors.Add("idNumber", DuplicateIdCheck.Message + "，如属本户成员请使用“迁入本户”");
        }

        errors.ThrowIfAny();
        var person = persons.Create(input.Name, id, input.Phone, household.RegionCode, household.Id, input.Relation);
        db.Persons.Add(person);
        db.PersonEvents.Add(new PersonEvent
        {
            PersonId = person.Id, Type = PersonEventType.Registered, Date = today, ToHouseholdId = household.Id,
            RegionCode = household.RegionCode, RecordedBy = db.User.UserName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        household.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DuplicateIdCheck.IsUniqueViolation(e))
        {
            throw new BusinessRuleException(DuplicateIdCheck.Message);
        }

        return person.Id;
    }
}
