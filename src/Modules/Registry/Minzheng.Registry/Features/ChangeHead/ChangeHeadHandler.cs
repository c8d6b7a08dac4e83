using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Registry.Data;
using Minzheng.Registry.Features.Shared;
using Minzheng.Registry.Domain;

namespace Minzheng.Registry.Features.ChangeHead;

/// <summary>变更户主: an explicit operation kept in history, needed before a head may move to another household.</summary>
internal sealed class ChangeHeadHandler(RegistryDbContext db, TimeProvider clock)
{
    public async Task HandleAsync(Guid householdId, ChangeHeadRequest request, CancellationToken ct = default)
    {
        db.EnsureMayEdit();

        var household = await db.HouseholdInScopeAsync(householdId, ct, withMembers: true);
        if (request.FormerHeadRelation == Relation.Head)
        {
            throw new InputValidationException("formerHeadRelation", "原户主的新关系不能是户主");
        }

        var next = household.Members.FirstOrDefault(m => m.Id == request.NewHeadPersonId)
                   ?? throw new InputValidationException("newHeadPersonId", "新户主须是本户成员");
        if (next.Status != PersonStatus.Alive)
        {
            throw new BusinessRuleException("新户主须是在册人员");
        }

        if (next.Id == household.HeadPersonId)
        {
            throw new BusinessRuleException("该成员已是户主");
        }

        if (request.Version != household.Version)
        {
            throw new BusinessRuleException("该户信息已被他人修改，请刷新后重试");
        }

        if (household.Members.FirstOrDefault(m => m.Id == household.HeadPersonId) is { } former)
        {
            former.Relation = request.FormerHeadRelation;
            former.Version++;
        }

        next.Relation = Relation.Head;
        next.Version++;
        household.HeadPersonId = next.Id;
        household.Version++;
        db.PersonEvents.Add(new PersonEvent
        {
            PersonId = next.Id, Type = PersonEventType.BecameHead, Date = clock.Today(), ToHouseholdId = household.Id,
            RegionCode = household.RegionCode, RecordedBy = db.User.UserName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
    }
}
