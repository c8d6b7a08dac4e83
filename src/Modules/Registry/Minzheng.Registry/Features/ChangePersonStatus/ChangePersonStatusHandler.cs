using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Registry.Data;
using Minzheng.Registry.Domain;
using Minzheng.Registry.Features.Shared;

namespace Minzheng.Registry.Features.ChangePersonStatus;

/// <summary>Records a death or a move away as an event; the status is never edited silently.</summary>
internal sealed class ChangePersonStatusHandler(RegistryDbContext db, TimeProvider clock)
{
    public async Task HandleAsync(Guid personId, ChangePersonStatusRequest request, CancellationToken ct = default)
    {
        db.EnsureMayEdit();

        var person = await db.PersonInScopeAsync(personId, ct);
        var today = clock.Today();
        var date = request.Date ?? today;
        var errors = new FieldErrors();
        if (request.Status == PersonStatus.Alive)
        {
            errors.Add("status", "只能登记死亡或迁出");
        }

        if (date > today)
        {
            errors.Add("date", "日期不能晚于今天");
        }

        if (date < person.BirthDate)
        {
            errors.Add("date", "日期不能早于出生日期");
        }

        errors.Add("note", request.Note?.Length > 200 ? "备注不能超过200个字" : null);
        errors.ThrowIfAny();
        if (request.Version is { } v && v != person.Version)
        {
            throw new BusinessRuleException("该人员信息已被他人修改，请刷新后重试");
        }

        if (person.Status != PersonStatus.Alive)
        {
            throw new BusinessRuleException($"该人员已是“{RegistryLabels.Of(person.Status)}”状态");
        }

        person.Status = request.Status;
        person.StatusDate = date;
        person.Version++;
        db.PersonEvents.Add(new PersonEvent
        {
            PersonId = person.Id, Type = request.Status == PersonStatus.Deceased ? PersonEventType.Deceased : PersonEventType.MovedOut,
            Date = date, FromHouseholdId = person.HouseholdId, Note = request.Note, RegionCode = person.RegionCode,
            RecordedBy = db.User.UserName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
    }
}
