using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Security;
using Minzheng.Registry.Data;
using Minzheng.Registry.Domain;
using Minzheng.Registry.Features.Shared;

namespace Minzheng.Registry.Features.MoveMember;

/// <summary>
/// Moves a registered person into this household. Both households must be within the user's regions;
/// a head cannot leave a household that still has other members.
/// </summary>
internal sealed class MoveMemberHandler(RegistryDbContext db, FieldProtector protector, TimeProvider clock)
{
    public async Task HandleAsync(Guid toHouseholdId, MoveMemberRequest request, CancellationToken ct = default)
    {
        db.EnsureMayEdit();

        var today = clock.Today();
        var target = await db.HouseholdInScopeAsync(toHouseholdId, ct);
        var errors = new FieldErrors();
        errors.Add("idNumber", InputRules.IdNumber(request.IdNumber, today, out var id));
        if (request.Relation == Relation.Head)
        {
            errors.Add("relation", "本户已有户主，迁入成员不能登记为户主");
        }

        var date = request.Date ?? today;
        if (date > today)
        {
            errors.Add("date", "迁入日期不能晚于今天");
        }

        errors.ThrowIfAny();
        var index = protector.BlindIndex(id.Value);
        var person = await db.Persons.FirstOrDefaultAsync(p => p.IdNumberIndex == index, ct)
                     ?? throw new NotFoundException("未找到该身份证号码的登记人员（或不在您的管辖范围内）");
        if (person.Status != PersonStatus.Alive)
        {
            throw new BusinessRuleException($"该人员状态为“{RegistryLabels.Of(person.Status)}”，不能迁入");
        }

        if (person.HouseholdId == target.Id)
        {
            throw new BusinessRuleException("该人员已是本户成员");
        }

        var from = person.HouseholdId is { } fromId ? await db.Households.Include(h => h.Members).FirstOrDefaultAsync(h => h.Id == fromId, ct) : null;
        if (from is not null && from.HeadPersonId == person.Id && from.Members.Count(m => m.Status == PersonStatus.Alive) > 1)
        {
            throw new BusinessRuleException("该人员是原户户主，原户仍有其他成员，请先变更原户户主");
        }

        if (from is not null && from.HeadPersonId == person.Id)
        {
            from.HeadPersonId = null;
        }

        person.HouseholdId = target.Id;
        person.Relation = request.Relation;
        person.RegionCode = target.RegionCode;
        person.Version++;
        target.Version++;
        if (from is not null)
        {
            from.Version++;
        }

        db.PersonEvents.Add(new PersonEvent
        {
            PersonId = person.Id, Type = PersonEventType.MovedHousehold, Date = date, FromHouseholdId = from?.Id, ToHouseholdId = target.Id,
            Note = request.Note, RegionCode = target.RegionCode, RecordedBy = db.User.UserName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
    }
}
