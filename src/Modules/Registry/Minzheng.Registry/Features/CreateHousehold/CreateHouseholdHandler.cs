using Microsoft.EntityFrameworkCore;
using Minzheng.Kernel.Identity;
using Minzheng.Platform.Access;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Security;
using Minzheng.Registry.Data;
using Minzheng.Registry.Domain;
using Minzheng.Registry.Features.Shared;

namespace Minzheng.Registry.Features.CreateHousehold;

/// <summary>Registers a household with its head and members in one transaction; every field is checked first.</summary>
internal sealed class CreateHouseholdHandler(RegistryDbContext db, FieldProtector protector, PersonFactory persons, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(CreateHouseholdRequest request, CancellationToken ct = default)
    {
        if (!db.User.MayEditRegistry)
        {
            throw new ForbiddenException("您的角色不能登记户籍信息");
        }

        var today = clock.Today();
        var errors = new FieldErrors();
        errors.Add("regionCode", await RegionChecks.VillageAsync(db, request.RegionCode, ct));
        errors.Add("address", InputRules.Address(request.Address));
        errors.Add("bankAccount", InputRules.BankAccount(request.BankAccount));
        if (!string.IsNullOrWhiteSpace(request.BankAccount) && string.IsNullOrWhiteSpace(request.BankName))
        {
            errors.Add("bankName", "填写银行账号时须填写开户银行");
        }

        if (request.Members.Count == 0)
        {
            errors.Add("members", "至少需要一名家庭成员（户主）");
        }
        else if (request.Members.Count(m => m.Relation == Relation.Head) != 1)
        {
            errors.Add("members", "一户必须有且只有一名户主");
        }

        var ids = new IdNumber[request.Members.Count];
        var seen = new HashSet<string>();
        for (var i = 0; i < request.Members.Count; i++)
        {
            var m = request.Members[i];
            errors.Add($"members[{i}].name", InputRules.Name(m.Name));
            var idError = InputRules.IdNumber(m.IdNumber, today, out ids[i]);
            errors.Add($"members[{i}].idNumber", idError);
            if (idError is null && !seen.Add(ids[i].Value))
            {
                errors.Add($"members[{i}].idNumber", "同一身份证号码在本户中重复");
            }

            errors.Add($"members[{i}].phone", InputRules.Phone(m.Phone));
        }

        if (!errors.Any)
        {
            var existing = await DuplicateIdCheck.ExistingAsync(db, protector, ids.Select(x => x.Value), ct);
            for (var i = 0; i < ids.Length; i++)
            {
                if (existing.Contains(protector.BlindIndex(ids[i].Value)))
                {
                    errors.Add($"members[{i}].idNumber", DuplicateIdCheck.Message);
                }
            }
        }

        errors.ThrowIfAny();

        var household = new Household
        {
            Id = Guid.NewGuid(),
            Number = await HouseholdNumbers.NextAsync(db, request.RegionCode, ct),
            RegionCode = request.RegionCode,
            Kind = request.Kind,
            Address = request.Address.Trim(),
            BankName = string.IsNullOrWhiteSpace(request.BankName) ? null : request.BankName.Trim(),
            BankAccountCipher = string.IsNullOrWhiteSpace(request.BankAccount) ? null : protector.Encrypt(request.BankAccount.Trim()),
            BankAccountMasked = string.IsNullOrWhiteSpace(request.BankAccount) ? null : Masking.BankAccount(request.BankAccount.Trim()),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
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
                RegionCode = household.RegionCode, RecordedBy = db.User.UserName, RecordedAtUtc = household.CreatedAtUtc,
            });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DuplicateIdCheck.IsUniqueViolation(e))
        {
            // Two submissions of the same people at once: the loser changes nothing.
            throw new BusinessRuleException(DuplicateIdCheck.Message);
        }

        return household.Id;
    }
}
