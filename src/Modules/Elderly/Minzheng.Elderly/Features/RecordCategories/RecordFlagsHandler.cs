using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Profiles;
using Minzheng.Elderly.Features.Shared;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.RecordCategories;

/// <summary>The categories no record shows (留守, 重残, 计划生育特殊家庭), as staff record them.</summary>
public sealed record FlagsRequest(bool LeftBehind, bool SeverelyDisabled, bool FamilyPlanningSpecial);

internal sealed class RecordFlagsHandler(ElderlyDbContext db, IPersonDirectory persons, TimeProvider clock)
{
    public async Task HandleAsync(Guid personId, FlagsRequest request, CancellationToken ct = default)
    {
        var person = await persons.PersonToRecordAsync(db.User, personId, "登记老年人类别", ct);
        var flags = await db.Flags.FindAsync([personId], ct);
        if (flags is null)
        {
            flags = new ElderFlags { PersonId = personId, RegionCode = person.RegionCode };
            db.Flags.Add(flags);
        }

        flags.LeftBehind = request.LeftBehind;
        flags.SeverelyDisabled = request.SeverelyDisabled;
        flags.FamilyPlanningSpecial = request.FamilyPlanningSpecial;
        flags.RecordedBy = db.User.UserName;
        flags.RecordedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}
